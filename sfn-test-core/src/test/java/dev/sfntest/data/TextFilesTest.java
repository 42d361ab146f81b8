package dev.sfntest.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {
    @TempDir
    Path dir;

    @Nested
    class Size {
        @Test
        void aFileLargerThanTheCapFailsWithoutBeingReadWhole() throws IOException {
            // given a sparse file one byte over the cap
            Path huge = dir.resolve("huge.json");
            try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
                file.setLength(TextFiles.MAX_BYTES + 1L);
            }

            assertThatThrownBy(() -> TextFiles.read(huge))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessage("Cannot read " + huge + ": it is larger than 64 MiB, the most sfn-test reads")
                    .extracting(e -> ((UnreadableFileException) e).file()).isEqualTo(huge);
        }

        @Test
        void anEndlessStreamStopsAtTheCap() {
            java.io.InputStream zeros = new java.io.InputStream() {
                @Override
                public int read() {
                    return 0;
                }
            };

            assertThatThrownBy(() -> TextFiles.read(zeros))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessage("Cannot read the stream: it is larger than 64 MiB, the most sfn-test reads");
        }
    }

    @Nested
    class Encoding {
        @Test
        void bytesThatAreNotUtf8AreNamedWithTheirLineAndColumn() throws IOException {
            Path binary = Files.write(dir.resolve("binary.json"), new byte[] {'{', '\n', ' ', (byte) 0xFF, '}'});

            assertThatThrownBy(() -> TextFiles.read(binary))
                    .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.reason())
                            .isEqualTo("it is not UTF-8 text (the byte 0xFF at line 2, column 2)"));
        }

        @Test
        void aByteOrderMarkIsDropped() {
            byte[] withBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};

            assertThat(TextFiles.read(new ByteArrayInputStream(withBom))).isEqualTo("{}");
        }
    }

    @Nested
    class Access {
        @Test
        void aMissingFileIsNamedWithTheReasonInWords() {
            Path missing = dir.resolve("missing.asl.json");

            assertThatThrownBy(() -> TextFiles.read(missing))
                    .isInstanceOf(dev.sfntest.SfnTestException.class)
                    .hasMessage("Cannot read " + missing + ": no such file");
        }

        @Test
        void aDirectoryIsSaidToBeOne() {
            assertThatThrownBy(() -> TextFiles.read(dir))
                    .isInstanceOfSatisfying(UnreadableFileException.class,
                            e -> assertThat(e.reason()).isEqualTo("it is a directory"));
        }
    }
}
