"""The sfn-test server driven by boto3, as a Python user's tests drive it (plain unittest, no pytest).

Run by Boto3ClientTest (JUnit) against a server it starts; by hand:
    SFN_TEST_ENDPOINT=http://127.0.0.1:8083 python3 -m unittest boto3_client_test
"""
import json
import os
import unittest

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

ROLE = "arn:aws:iam::123456789012:role/any"
CALLBACK = {
    "StartAt": "Prepare",
    "States": {
        "Prepare": {"Type": "Pass", "Parameters": {"order.$": "$.order"}, "Next": "Ask"},
        "Ask": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                "Parameters": {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q",
                               "MessageBody": {"token.$": "$$.Task.Token"}},
                "End": True},
    },
}


def client():
    return boto3.client("stepfunctions", endpoint_url=os.environ["SFN_TEST_ENDPOINT"], region_name="eu-west-1",
                        aws_access_key_id="x", aws_secret_access_key="x",
                        config=Config(inject_host_prefix=False, retries={"max_attempts": 1},
                                      connect_timeout=5, read_timeout=70))


def last_token(sfn, execution_arn):
    events = sfn.get_execution_history(executionArn=execution_arn, maxResults=1000)["events"]
    scheduled = [e for e in events if e["type"] == "TaskScheduled"][-1]
    return json.loads(scheduled["taskScheduledEventDetails"]["parameters"])["MessageBody"]["token"]


class Boto3ClientTest(unittest.TestCase):
    sfn = None

    @classmethod
    def setUpClass(cls):
        cls.sfn = client()

    def create(self, name, definition, kind="STANDARD"):
        return self.sfn.create_state_machine(name=name, roleArn=ROLE, type=kind,
                                             definition=json.dumps(definition))["stateMachineArn"]

    def test_a_day_long_wait_ends_at_once_on_the_virtual_clock(self):
        arn = self.create("Waiter", {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 86400, "End": True}}})
        execution = self.sfn.start_execution(stateMachineArn=arn, name="w", input='{"n": 1}')["executionArn"]
        described = self.sfn.describe_execution(executionArn=execution)
        self.assertEqual("SUCCEEDED", described["status"])
        self.assertEqual({"n": 1}, json.loads(described["output"]))
        self.assertEqual(86400, (described["stopDate"] - described["startDate"]).total_seconds())

    def test_a_callback_fails_then_the_redriven_execution_succeeds(self):
        arn = self.create("Approval", CALLBACK)
        execution = self.sfn.start_execution(stateMachineArn=arn, name="a", input='{"order": 7}')["executionArn"]
        self.sfn.send_task_failure(taskToken=last_token(self.sfn, execution), error="Rejected", cause="no stock")
        failed = self.sfn.describe_execution(executionArn=execution)
        self.assertEqual(("FAILED", "Rejected", "REDRIVABLE"),
                         (failed["status"], failed["error"], failed["redriveStatus"]))

        self.sfn.redrive_execution(executionArn=execution)
        self.sfn.send_task_success(taskToken=last_token(self.sfn, execution), output='{"approved": true}')

        succeeded = self.sfn.describe_execution(executionArn=execution)
        self.assertEqual("SUCCEEDED", succeeded["status"])
        self.assertEqual(1, succeeded["redriveCount"])
        types = [e["type"] for e in self.sfn.get_execution_history(executionArn=execution)["events"]]
        self.assertEqual(1, types.count("ExecutionRedriven"))
        self.assertEqual(1, types.count("PassStateEntered"))

    def test_start_sync_execution_of_an_express_machine(self):
        arn = self.create("Fast", {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": {"ok": True},
                                                                       "End": True}}}, "EXPRESS")
        response = self.sfn.start_sync_execution(stateMachineArn=arn, input="{}")
        self.assertEqual("SUCCEEDED", response["status"])
        self.assertEqual({"ok": True}, json.loads(response["output"]))
        self.assertIn(":express:Fast:", response["executionArn"])
        self.assertEqual(64, response["billingDetails"]["billedMemoryUsedInMB"])

    def test_errors_come_as_boto3_client_errors_with_aws_codes(self):
        with self.assertRaises(ClientError) as raised:
            self.sfn.describe_execution(
                executionArn="arn:aws:states:us-east-1:123456789012:execution:Nope:missing")
        self.assertEqual("ExecutionDoesNotExist", raised.exception.response["Error"]["Code"])

    def test_map_run_counts_and_child_executions(self):
        arn = self.create("Batch", {"StartAt": "Each", "States": {"Each": {
            "Type": "Map", "ToleratedFailureCount": 1, "End": True, "ItemProcessor": {
                "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                "StartAt": "Check", "States": {
                    "Check": {"Type": "Choice", "Choices": [{"Variable": "$", "NumericEquals": 2, "Next": "Bad"}],
                              "Default": "Good"},
                    "Good": {"Type": "Succeed"}, "Bad": {"Type": "Fail", "Error": "Item.Bad"}}}}}})
        execution = self.sfn.start_execution(stateMachineArn=arn, input="[1, 2, 3]")["executionArn"]
        map_run = self.sfn.list_map_runs(executionArn=execution)["mapRuns"][0]["mapRunArn"]

        counts = self.sfn.describe_map_run(mapRunArn=map_run)["executionCounts"]
        children = self.sfn.list_executions(mapRunArn=map_run)["executions"]

        self.assertEqual((2, 1, 3), (counts["succeeded"], counts["failed"], counts["total"]))
        self.assertEqual(["FAILED", "SUCCEEDED", "SUCCEEDED"], sorted(c["status"] for c in children))


if __name__ == "__main__":
    unittest.main()
