#!/usr/bin/env bash
# Runs pytest suites written for Step Functions Local (aws-samples/serverless-test-samples,
# python-test-samples/step-functions-local*) against the sfn-test server, unchanged: the
# testcontainers package beside this script stands in for DockerContainer("amazon/aws-stepfunctions-local")
# and starts the server's runnable jar instead (its SFN_MOCK_CONFIG volume mapped back to the host file).
#   run-public-suites.sh CHECKOUT_OF_serverless-test-samples
# Needs python3 with pytest and boto3, and the jar (mvn -pl sfn-test-server -am package -DskipTests).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
samples="${1:?usage: run-public-suites.sh CHECKOUT_OF_serverless-test-samples}"
jar="$(ls "$here"/../../../target/sfn-test-server-*-all.jar | head -1)"
export SFN_TEST_SERVER_JAR="$jar" PYTHONPATH="$here" AWS_DEFAULT_REGION=us-east-1 AWS_ACCESS_KEY_ID=x AWS_SECRET_ACCESS_KEY=x
status=0
for suite in step-functions-local-mock step-functions-local-helloworld step-functions-local; do
  echo "=== python-test-samples/$suite"
  (cd "$samples/python-test-samples/$suite" && python3 -m pytest -q -p no:cacheprovider tests/unit/src) || status=1
done
exit "$status"
