package dev.sfntest.assertj;

import dev.sfntest.history.ExecutionSnapshot;

/** The text a snapshot holds ({@link ExecutionSnapshot#text}), for an execution or a view of it. */
final class SnapshotContent {
    private SnapshotContent() {
    }

    /** The snapshot text of an execution, or of a view of it. */
    static String of(Subject subject) {
        return ExecutionSnapshot.text(subject.status() == null ? null : subject.status().name(), subject.output(),
                subject.error(), subject.cause(), subject.path().events());
    }
}
