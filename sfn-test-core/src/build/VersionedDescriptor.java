import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Build step of sfn-test-core (run by exec-maven-plugin with Java's source launcher between the jar and
 * the shade plugins, never shipped): adds the compiled {@code module-info.class} to the jar as
 * {@code META-INF/versions/9/module-info.class}. The shade plugin drops a root module descriptor but
 * relocates a versioned one, so the shipped descriptor's {@code uses} and {@code provides} name the
 * relocated SLF4J. Added after the jar plugin, the descriptor carries no {@code ModulePackages}
 * attribute (the jar tool would write one without the relocated packages): the JVM reads the packages
 * from the shaded jar itself.
 *
 * <p>Arguments: the jar, the descriptor.
 */
public final class VersionedDescriptor {
    private static final String ENTRY = "META-INF/versions/9/module-info.class";

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Path descriptor = Path.of(args[1]);
        Path written = jar.resolveSibling(jar.getFileName() + ".tmp");
        try (ZipFile in = new ZipFile(jar.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(written))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().equals(ENTRY) || entry.getName().equals("module-info.class")) {
                    continue;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                try (InputStream content = in.getInputStream(entry)) {
                    content.transferTo(out);
                }
                out.closeEntry();
            }
            ZipEntry versioned = new ZipEntry(ENTRY);
            versioned.setTime(Files.getLastModifiedTime(descriptor).toMillis());
            out.putNextEntry(versioned);
            Files.copy(descriptor, out);
            out.closeEntry();
        }
        Files.move(written, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("[sfn-test-core] " + ENTRY + " added to " + jar.getFileName());
    }
}
