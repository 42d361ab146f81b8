"""A stand-in for testcontainers' DockerContainer("amazon/aws-stepfunctions-local"): starts the
sfn-test server instead, mapping the container's SFN_MOCK_CONFIG path back to the host file."""
import os, subprocess, time, urllib.request

JAR = os.environ["SFN_TEST_SERVER_JAR"]


class DockerContainer:
    def __init__(self, image):
        self.image, self.env, self.volumes, self.ports, self.process = image, {}, {}, {}, None

    def with_bind_ports(self, container, host):
        self.ports[container] = host
        return self

    def with_exposed_ports(self, *ports):
        return self

    def with_env(self, key, value):
        self.env[key] = value
        return self

    def with_volume_mapping(self, host, container, mode="ro"):
        self.volumes[container] = host
        return self

    def start(self):
        args = ["java", "-jar", JAR, "--port", str(self.ports.get(8083, 8083))]
        mock = self.env.get("SFN_MOCK_CONFIG")
        if mock:
            args += ["--mock-config", self.volumes.get(mock, mock)]
        self.process = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
        self.ready_line = self.process.stdout.readline()
        return self

    def stop(self):
        self.process.terminate()
        self.process.wait(10)

    def get_container_host_ip(self):
        return "127.0.0.1"

    def get_exposed_port(self, port):
        return str(self.ports.get(port, port))
