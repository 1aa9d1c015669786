package org.vdkg.cli;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The runnable jar's entry point ({@code Main-Class}, and the class {@code ./vdkg} starts): starts {@link Main} from a
 * private copy of the jar, and of the other jars on the class path (the bench module's). The JVM
 * reads classes and resources from its jar lazily, as pages and queries first need them, and {@code ./mvnw package}
 * rewrites {@code target/vdkg.jar} in place; a server running from that file would then find other bytes where its
 * classes were, and answer empty or broken replies. The copy ({@code .vdkg.jar.copies/} next to the jar, one per
 * version of the jar) is never rewritten: a new version gets a new file. This class uses the JDK only, so that nothing
 * of vdkg is loaded from the jar itself.
 */
public final class Launcher {

    /** The directory of copies, next to the jar: {@code .<jar name>.copies}. */
    static final String COPIES = ".%s.copies";

    private Launcher() {
    }

    public static void main(String[] args) throws Throwable {
        Path jar = ownJar();
        for (int attempt = 0; jar != null && attempt < 2; attempt++) {
            List<Path> copies = privateCopies(jar);
            if (copies == null) {
                break;
            }
            URL[] urls = new URL[copies.size()];
            for (int i = 0; i < urls.length; i++) {
                urls[i] = copies.get(i).toUri().toURL();
            }
            URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
            Class<?> main;
            try {
                main = loader.loadClass("org.vdkg.cli.Main");
            } catch (ClassNotFoundException e) {
                // Another launch removed this copy between our choice and our first read: copy again.
                loader.close();
                continue;
            }
            Thread.currentThread().setContextClassLoader(loader);
            // Child JVMs (vdkg bench) start from the copies too.
            System.setProperty("java.class.path", String.join(File.pathSeparator, copies.stream().map(Path::toString).toList()));
            Method m = main.getMethod("main", String[].class);
            try {
                m.invoke(null, (Object) args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return;
        }
        // No jar (classes directory) or no writable place for a copy: run from where we are.
        if (jar != null) {
            watch(jar);
        }
        Main.main(args);
    }

    /**
     * A private copy of {@code jar} and of every other jar on the class path ({@code ./vdkg} adds the bench module's
     * jar), in that order; null when one cannot be made.
     */
    private static List<Path> privateCopies(Path jar) {
        List<Path> copies = new ArrayList<>();
        Path own = privateCopy(jar);
        if (own == null) {
            return null;
        }
        copies.add(own);
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            Path p = entry.isEmpty() ? null : Path.of(entry).toAbsolutePath().normalize();
            if (p != null && Files.isRegularFile(p) && !p.equals(jar.toAbsolutePath().normalize())) {
                Path copy = privateCopy(p);
                if (copy == null) {
                    return null;
                }
                copies.add(copy);
            }
        }
        return copies;
    }

    /**
     * Running from the jar itself, this process cannot go on once the jar is rewritten (its classes, and the logger's,
     * are no longer there), and would answer empty replies without a word: say so and stop instead. JDK only.
     */
    private static void watch(Path jar) {
        long size;
        long modified;
        try {
            size = Files.size(jar);
            modified = Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException e) {
            return;
        }
        Thread t = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(2_000);
                    if (Files.size(jar) != size || Files.getLastModifiedTime(jar).toMillis() != modified) {
                        break;
                    }
                } catch (IOException e) {
                    break;
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.err.println("vdkg: " + jar + " was rewritten (or removed) while this process runs from it, and no private"
                    + " copy could be made next to it (" + jar.resolveSibling(String.format(COPIES, jar.getFileName()))
                    + "): stopping, since its classes can no longer be read. Start it again.");
            System.err.flush();
            Runtime.getRuntime().halt(1);
        }, "vdkg-jar-watch");
        t.setDaemon(true);
        t.start();
    }

    /** The jar this class was loaded from, or null. */
    private static Path ownJar() {
        try {
            CodeSource cs = Launcher.class.getProtectionDomain().getCodeSource();
            Path p = cs == null ? null : Path.of(cs.getLocation().toURI());
            return p != null && Files.isRegularFile(p) ? p : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The copy of {@code jar}'s current version, made when missing (through a temporary file and a rename, so that a
     * half-written copy is never used); older copies are removed. Null when no copy can be made.
     */
    static Path privateCopy(Path jar) {
        try {
            Path dir = jar.resolveSibling(String.format(COPIES, jar.getFileName()));
            long size = Files.size(jar);
            long modified = Files.getLastModifiedTime(jar).toMillis();
            String name = jar.getFileName().toString().replaceFirst("\\.jar$", "") + "-" + size + "-" + modified + ".jar";
            Path copy = dir.resolve(name);
            if (Files.isRegularFile(copy) && Files.size(copy) == size) {
                return copy;
            }
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, name, ".part");
            try {
                Files.copy(jar, tmp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                // The jar changed while it was copied (a build running now): do not keep a mixture.
                if (Files.size(jar) != size || Files.getLastModifiedTime(jar).toMillis() != modified || Files.size(tmp) != size) {
                    return null;
                }
                Files.move(tmp, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
            removeOthers(dir, copy);
            return copy;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Deletes the copies of older versions; a process still running from one keeps reading it (POSIX). */
    private static void removeOthers(Path dir, Path keep) {
        try (Stream<Path> s = Files.list(dir)) {
            // Not the .part files: another launch may be copying right now.
            for (Path p : s.filter(p -> !p.equals(keep) && !p.getFileName().toString().endsWith(".part")).toList()) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // In use where the system forbids it (Windows), or gone already: leave it.
                }
            }
        } catch (IOException e) {
            // Nothing to clean.
        }
    }
}
