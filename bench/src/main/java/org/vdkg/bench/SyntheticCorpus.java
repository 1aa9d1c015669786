package org.vdkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.vdkg.layout.ProjectLayout;

/**
 * Writes a project whose curated data is N copies of this project's: copy 0 is the data as is, copy k
 * renames every entity, claim, source and cited work slug with the suffix {@code -ck} (and drops the
 * Wikidata links, which must stay unique). Each copy thus has the curated data's shape: the same
 * entities, claims, aliases, files and references, only under other names. The ontology is shared.
 */
public final class SyntheticCorpus {

    private static final Pattern ID = Pattern.compile("^\\s*-?\\s*id:\\s*([A-Za-z0-9_.-]+)\\s*$", Pattern.MULTILINE);
    private static final Pattern TOKEN = Pattern.compile("(?<![A-Za-z0-9_-])[a-z0-9][a-z0-9_.-]*[a-z0-9](?![A-Za-z0-9_-])");
    private static final Pattern KEY_BEFORE = Pattern.compile("([A-Za-z_]+):[^:]*$");
    /** Keys whose values are controlled words, not slugs, even when a word is also some entity's slug. */
    private static final Set<String> NOT_REFERENCES = Set.of("kind", "aid_kind", "role", "confidence", "type",
            "wikidata_match", "file", "language", "unit", "currency", "precision", "status", "relation");

    /**
     * What was written.
     *
     * @param layout the new project
     * @param copies N
     * @param files curated files written
     * @param claims claims in all copies
     */
    public record Corpus(ProjectLayout layout, int copies, int files, long claims) {
    }

    private SyntheticCorpus() {
    }

    /**
     * Writes {@code copies} copies of {@code source}'s data (and its ontology, Fuseki config and saved queries) under
     * {@code target}.
     */
    public static Corpus write(ProjectLayout source, int copies, Path target) {
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be at least 1");
        }
        try {
            Path root = source.root();
            copyTree(root.resolve("ontology"), target.resolve("ontology"));
            copyTree(root.resolve("fuseki-config"), target.resolve("fuseki-config"));
            // The saved queries too: a server started on the corpus offers them (question pages, the cheap lane, the
            // warm-up on start) as it does on the project.
            copyTree(root.resolve("queries"), target.resolve("queries"));
            Path data = root.resolve("data");
            List<Path> entityFiles = list(data.resolve("entities"));
            List<Path> claimFiles = list(data.resolve("claims"));
            Set<String> ids = new HashSet<>();
            for (Path f : concat(entityFiles, claimFiles, List.of(data.resolve("sources.yaml")))) {
                Matcher m = ID.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }
            long claimsPerCopy = 0;
            for (Path f : claimFiles) {
                ids.add(stem(f));
                Matcher m = ID.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    claimsPerCopy++;
                }
            }
            Path out = target.resolve("data");
            Files.createDirectories(out.resolve("entities"));
            Files.createDirectories(out.resolve("claims"));
            int files = 0;
            // sources.yaml has two top-level lists, sources: and works:; each copy adds its items to both.
            String sources = Files.readString(data.resolve("sources.yaml"), StandardCharsets.UTF_8);
            int worksAt = sources.indexOf("\nworks:");
            String head = sources.substring(0, worksAt + 1);
            String works = sources.substring(worksAt + "\nworks:".length());
            String sourceItems = head.substring(head.indexOf("\nsources:") + "\nsources:".length());
            StringBuilder allSources = new StringBuilder(head.stripTrailing()).append('\n');
            StringBuilder allWorks = new StringBuilder("works:").append(works.stripTrailing()).append('\n');
            for (int k = 0; k < copies; k++) {
                String suffix = k == 0 ? "" : "-c" + k;
                for (Path f : entityFiles) {
                    Files.writeString(out.resolve("entities").resolve(stem(f) + suffix + ".yaml"),
                            rename(Files.readString(f, StandardCharsets.UTF_8), ids, suffix));
                    files++;
                }
                for (Path f : claimFiles) {
                    Files.writeString(out.resolve("claims").resolve(stem(f) + suffix + ".yaml"),
                            rename(Files.readString(f, StandardCharsets.UTF_8), ids, suffix));
                    files++;
                }
                if (k > 0) {
                    allSources.append(rename(sourceItems, ids, suffix).stripTrailing()).append('\n');
                    allWorks.append(rename(works, ids, suffix).stripTrailing()).append('\n');
                }
            }
            Files.writeString(out.resolve("sources.yaml"), allSources.append('\n').append(allWorks));
            return new Corpus(new ProjectLayout(target), copies, files + 1, claimsPerCopy * copies);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every slug of {@code ids} in a reference position suffixed; Wikidata lines dropped. */
    static String rename(String text, Set<String> ids, String suffix) {
        if (suffix.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 1024);
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("wikidata:") || trimmed.startsWith("wikidata_match:")) {
                continue;
            }
            Matcher m = TOKEN.matcher(line);
            StringBuilder sb = new StringBuilder();
            int last = 0;
            while (m.find()) {
                String tok = m.group();
                boolean isKey = m.end() < line.length() && line.charAt(m.end()) == ':';
                if (!ids.contains(tok) || isKey || inComment(line, m.start()) || notReference(line, m.start())) {
                    continue;
                }
                sb.append(line, last, m.end()).append(suffix);
                last = m.end();
            }
            sb.append(line.substring(last));
            out.append(sb).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private static boolean inComment(String line, int at) {
        int hash = line.indexOf(" #");
        return line.stripLeading().startsWith("#") || (hash >= 0 && hash < at && line.lastIndexOf('"', at) < hash);
    }

    private static boolean notReference(String line, int at) {
        Matcher k = KEY_BEFORE.matcher(line.substring(0, at));
        return k.find() && NOT_REFERENCES.contains(k.group(1));
    }

    private static String stem(Path f) {
        String n = f.getFileName().toString();
        return n.substring(0, n.lastIndexOf('.'));
    }

    @SafeVarargs
    private static List<Path> concat(List<Path>... lists) {
        List<Path> all = new ArrayList<>();
        for (List<Path> l : lists) {
            all.addAll(l);
        }
        return all;
    }

    private static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
