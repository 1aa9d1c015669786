package org.vdkg.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fingerprint of everything a build reads: every file under {@code ontology/} and {@code data/}
 * (path and content) and the base IRI. Equal hashes mean a rebuild would produce the same graph.
 */
public final class InputHash {

    private InputHash() {
    }

    /** {@code sha256:<hex>} of the curated inputs of {@code layout} built with {@code baseIri}. */
    public static String of(ProjectLayout layout, String baseIri) {
        MessageDigest md = sha256();
        update(md, "base\0" + baseIri + "\0");
        for (Path dir : List.of(layout.ontologyDir(), layout.dataDir())) {
            addFiles(md, layout, files(dir));
        }
        return "sha256:" + HexFormat.of().formatHex(md.digest());
    }

    /**
     * {@code sha256:<hex>} of {@code salt} and of the given files (path relative to the project and content), in the
     * order given: the fingerprint of part of the inputs.
     */
    public static String of(ProjectLayout layout, String salt, List<Path> files) {
        MessageDigest md = sha256();
        update(md, "salt\0" + salt.length() + "\0" + salt);
        addFiles(md, layout, files);
        return "sha256:" + HexFormat.of().formatHex(md.digest());
    }

    /** Each file's path relative to the project, length and content. */
    private static void addFiles(MessageDigest md, ProjectLayout layout, List<Path> files) {
        for (Path file : files) {
            String rel = layout.root().relativize(file).toString().replace('\\', '/');
            try {
                byte[] content = Files.readAllBytes(file);
                update(md, "file\0" + rel + "\0" + content.length + "\0");
                md.update(content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The regular files under {@code dir}, sorted; none when it does not exist. */
    public static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void update(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
