package dev.sfntest.junit5.internal;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The classpath resources in the folder of a missing one, and the closest of them by name. */
final class NearbyResources {
    private NearbyResources() {
    }

    /** The resource beside {@code resource} whose name is closest to it, or {@code null} when none is close. */
    static String closest(String resource, ClassLoader loader) {
        int slash = resource.lastIndexOf('/');
        String folder = slash < 0 ? "" : resource.substring(0, slash + 1);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : beside(folder, loader)) {
            int distance = distance(resource.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance && distance <= Math.max(2, (resource.length() - folder.length()) / 3)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static TreeSet<String> beside(String folder, ClassLoader loader) {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            while (roots.hasMoreElements()) {
                URL url = roots.nextElement();
                if (url.getProtocol().equals("file")) {
                    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                        files.filter(Files::isRegularFile).forEach(f -> names.add(folder + f.getFileName()));
                    }
                } else if (url.openConnection() instanceof JarURLConnection jar) {
                    // the class loader's cached jar: read, never closed here
                    JarFile file = jar.getJarFile();
                    file.stream().map(JarEntry::getName)
                            .filter(n -> n.startsWith(folder) && n.indexOf('/', folder.length()) < 0)
                            .forEach(names::add);
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return names;
        }
        return names;
    }

    /** Levenshtein distance between two names. */
    private static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                int substitution = diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), substitution);
                diagonal = above;
            }
        }
        return row[b.length()];
    }
}
