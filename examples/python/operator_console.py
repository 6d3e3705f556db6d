#!/usr/bin/python3
"""An operator front-end for idstation in Python: the whole issuance of an ID card.

    operator_console.py keygen --out my.key            # prints the public key to enrol
    operator_console.py issue-id-card --requests ipc://… --events ipc://… --agent-key agent.pub \\
        --key my.key --applicant applicant.json --portrait face.jpg [--printer ID] [--encoder ID]

It follows the devices (GetSnapshot, then events in sequence, resynchronising on a gap), claims
the printer and its encoder, starts IssueIdCard with an applicant for a document profile, follows
the job's events, and asks the operator (stdin: Enter continues, "c" cancels) whenever the job
prompts. Exit 0 when the job SUCCEEDED, 1 otherwise, 2 for bad arguments.
"""

import argparse
import json
import sys
import time
import uuid

from idstation_client import AgentClient, AgentError, generate_key_file, read_agent_key, read_key_file
from idstation.v1 import (
    devices_pb2,
    documents_pb2,
    events_pb2,
    issuance_pb2,
    jobs_pb2,
)

TERMINAL = {
    jobs_pb2.JOB_STATE_SUCCEEDED,
    jobs_pb2.JOB_STATE_FAILED,
    jobs_pb2.JOB_STATE_CANCELED,
    jobs_pb2.JOB_STATE_SPOILED,
    jobs_pb2.JOB_STATE_INTERRUPTED,
}


def say(text):
    print(text, flush=True)


class DeviceView:
    """The workstation's devices kept current: a snapshot, then events applied in seq order."""

    def __init__(self, client):
        self.client = client
        self.devices = {}
        self.seq = 0
        self.epoch = ""
        client.subscribe("dev/")  # before the snapshot, so no event falls between the two
        self.resync()

    def resync(self):
        snapshot, _ = self.client.call("get_snapshot", events_pb2.GetSnapshot())
        self.devices = {device.id: device for device in snapshot.devices}
        self.seq, self.epoch = snapshot.seq, snapshot.epoch

    def apply(self, event):
        """Applies one event; resynchronises when the agent restarted or an event was missed."""
        kind = event.WhichOneof("payload")
        if kind not in ("device_attached", "device_detached", "device_status_changed", "heartbeat"):
            return
        gap = event.seq > self.seq if kind == "heartbeat" else event.seq > self.seq + 1
        if event.epoch != self.epoch or gap:
            self.resync()
            return
        if kind == "heartbeat" or event.seq <= self.seq:
            return
        self.seq = event.seq
        if kind == "device_detached":
            self.devices.pop(event.device_detached.device_id, None)
        else:
            device = getattr(event, kind).device
            self.devices[device.id] = device

    def of_kind(self, kind):
        return [device for device in self.devices.values() if device.kind == kind]


def show_devices(view):
    for device in sorted(view.devices.values(), key=lambda d: d.id):
        kind = devices_pb2.DeviceKind.Name(device.kind)
        state = devices_pb2.DeviceState.Name(device.status.state)
        say(f"  {device.id:40} {kind:32} {state}")


def choose(view, wanted_kind, given, what):
    if given:
        return given
    found = view.of_kind(wanted_kind)
    if not found:
        raise SystemExit(f"no {what} on this workstation")
    return sorted(device.id for device in found)[0]


def encoder_for(view, printer_id, given):
    """The encoder the printer's description names, else --encoder, else the first encoder."""
    if given:
        return given
    printer = view.devices.get(printer_id)
    named = [entry.encoder_id for entry in printer.station_encoders] if printer else []
    if named:
        return named[0]
    return choose(view, devices_pb2.DEVICE_KIND_CARD_ENCODER, "", "card encoder")


def read_applicant(path):
    with open(path, encoding="utf-8") as source:
        record = json.load(source)
    profile = record.pop("profile")
    for key in ("face", "fingerRecords"):
        record.pop(key, None)
    fields = {
        "".join("_" + c.lower() if c.isupper() else c for c in key): value
        for key, value in record.items()
    }
    return profile, documents_pb2.Applicant(**fields)


def ask(prompt):
    say(f"prompt {prompt.kind}: {prompt.message} — Enter to continue, c to cancel")
    line = sys.stdin.readline()
    return jobs_pb2.PROMPT_ANSWER_CANCEL if line.strip().lower() == "c" else jobs_pb2.PROMPT_ANSWER_CONTINUE


def follow(client, view, job_id):
    """Follows one job to its end: its events, GetJob when quiet (an event may be lost)."""
    client.subscribe(f"job/{job_id}")
    answered = set()
    last_step = None
    while True:
        job = client.call("get_job", jobs_pb2.GetJob(job_id=job_id))[0].job
        if job.step != last_step:
            last_step = job.step
            say(f"  {job.percent:3d}%  {job.step}")
        if job.state in TERMINAL:
            return job
        deadline = time.monotonic() + 1.0
        while time.monotonic() < deadline:
            received = client.next_event(200)
            if received is None:
                continue
            topic, event = received
            if topic.startswith("dev/"):
                view.apply(event)
                continue
            if event.WhichOneof("payload") == "job_prompt":
                prompt = event.job_prompt
                if prompt.job_id == job_id and prompt.prompt_id not in answered:
                    answered.add(prompt.prompt_id)
                    answer = ask(prompt)
                    client.call(
                        "answer_prompt",
                        jobs_pb2.AnswerPrompt(job_id=job_id, prompt_id=prompt.prompt_id, answer=answer),
                    )
            elif event.WhichOneof("payload") == "job_changed":
                break


def issue_id_card(args):
    keys = read_key_file(args.key)
    try:
        client = AgentClient(
            args.requests, args.events, read_agent_key(args.agent_key), keys, "python-operator-console"
        )
    except (AgentError, TimeoutError) as error:
        say(f"refused: {error}")
        return 1
    try:
        hello = client.hello
        say(f"hello: agent {hello.agent_version}, api level {hello.api_level}, key {hello.client_key_name}")
        view = DeviceView(client)
        say(f"devices (snapshot seq {view.seq}):")
        show_devices(view)
        printer_id = choose(view, devices_pb2.DEVICE_KIND_CARD_PRINTER, args.printer, "card printer")
        encoder_id = encoder_for(view, printer_id, args.encoder)
        profile, applicant = read_applicant(args.applicant)
        with open(args.portrait, "rb") as source:
            portrait = source.read()
        leases = []
        try:
            for device_id in (printer_id, encoder_id):
                lease = client.call("claim_device", devices_pb2.ClaimDevice(device_id=device_id))[0].lease
                leases.append(lease.lease_id)
                say(f"claimed {device_id}")
            body = issuance_pb2.IssueIdCard(
                printer_id=printer_id,
                encoder_id=encoder_id,
                profile=profile,
                applicant=applicant,
                face_attachment=1,
                active_authentication=True,
            )
            key = args.idempotency_key or f"py-{uuid.uuid4()}"
            result = client.call("issue_id_card", body, [portrait], idempotency_key=key)[0]
            say(f"job {result.job.job_id} accepted (key {key})")
            job = follow(client, view, result.job.job_id)
        finally:
            for lease_id in leases:
                try:
                    client.call("release_device", devices_pb2.ReleaseDevice(lease_id=lease_id))
                except AgentError:
                    pass
        state = jobs_pb2.JobState.Name(job.state)
        say(f"{state}: chip {job.chip_serial or '-'}, data groups {list(job.outcome.data_groups)}, "
            f"passive authentication {'passed' if job.outcome.passive_authentication else 'not passed'}, "
            f"medium {job.outcome.medium_disposition or 'none'}")
        return 0 if job.state == jobs_pb2.JOB_STATE_SUCCEEDED else 1
    except AgentError as error:
        say(f"refused: {error}")
        return 1
    finally:
        client.close()


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    keygen = commands.add_parser("keygen", help="a new CURVE key pair file")
    keygen.add_argument("--out", required=True)
    issue = commands.add_parser("issue-id-card", help="issue an ID card for an applicant")
    for option in ("--requests", "--events", "--agent-key", "--key", "--applicant", "--portrait"):
        issue.add_argument(option, required=True)
    issue.add_argument("--printer")
    issue.add_argument("--encoder")
    issue.add_argument("--idempotency-key")
    args = parser.parse_args(argv)
    if args.command == "keygen":
        say(generate_key_file(args.out))
        return 0
    return issue_id_card(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
