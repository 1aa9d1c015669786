package org.vdkg.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.model.ClaimRecord;
import org.vdkg.model.ClaimsFile;
import org.vdkg.model.Curation;
import org.vdkg.model.EntityRecord;
import org.vdkg.model.FootnoteRecord;
import org.vdkg.model.SourceRecord;
import org.vdkg.model.WorkRecord;
import org.vdkg.problem.Position;
import org.vdkg.problem.Problem;
import org.vdkg.problem.Rule;
import org.vdkg.yaml.Located;
import org.vdkg.yaml.Values;
import org.vdkg.yaml.YList;
import org.vdkg.yaml.YMap;
import org.vdkg.yaml.YNode;
import org.vdkg.yaml.YScalar;
import org.vdkg.yaml.YamlReader;

/**
 * Reads a project's {@code data/} folder ({@code sources.yaml}, {@code entities/*.yaml},
 * {@code claims/*.yaml}) into fact records. It reports YAML syntax and the shape of the files
 * (top-level keys, lists of maps); the validator checks the content.
 */
public final class CurationReader {

    private final ProjectLayout layout;
    private final List<Problem> problems;

    private CurationReader(Path root, List<Problem> problems) {
        this.layout = new ProjectLayout(root);
        this.problems = problems;
    }

    /** Reads {@code root/data}; paths in positions are relative to {@code root}. */
    public static Curation read(Path root, List<Problem> problems) {
        return new CurationReader(root, problems).readAll();
    }

    private Curation readAll() {
        List<SourceRecord> sources = new ArrayList<>();
        List<WorkRecord> works = new ArrayList<>();
        List<EntityRecord> entities = new ArrayList<>();
        List<ClaimsFile> claims = new ArrayList<>();
        Path sourcesFile = layout.sourcesFile();
        Position sourcesPos = Position.ofFile(rel(sourcesFile));
        if (Files.isRegularFile(sourcesFile)) {
            readSources(sourcesFile, sources, works);
        } else {
            problems.add(Rule.MISSING_FIELD.problem(sourcesPos, "data/sources.yaml is missing",
                "create it with a 'sources:' list (see docs/model.md)"));
        }
        for (Path f : yamlFiles(layout.entitiesDir())) {
            readEntities(f, entities);
        }
        for (Path f : yamlFiles(layout.claimsDir())) {
            readClaims(f).ifPresent(claims::add);
        }
        return new Curation(sources, works, entities, claims, sourcesPos);
    }

    private List<Path> yamlFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml")
                    || p.getFileName().toString().endsWith(".yml"))
                .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String rel(Path p) {
        return layout.root().relativize(p).toString().replace('\\', '/');
    }

    private Optional<YMap> top(Path f, Set<String> keys) {
        String file = rel(f);
        Optional<YNode> doc = YamlReader.read(f, file, problems);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        if (!(doc.get() instanceof YMap m)) {
            problems.add(Rule.BAD_STRUCTURE.problem(doc.get().pos(), "the file must be a map of "
                + String.join(", ", keys) + ", not " + doc.get().shape(), "start the file with one of " + keys));
            return Optional.empty();
        }
        unknownKeys(m, keys, "in " + file);
        return Optional.of(m);
    }

    private void unknownKeys(YMap m, Set<String> allowed, String where) {
        m.reportUnknownKeys(allowed, where, problems);
    }

    private List<YMap> listOfMaps(YMap m, String key, boolean required) {
        return listOfMaps(m, key, required, problems);
    }

    /** The maps of list {@code key} of {@code m}; reports a missing (when required) or misshapen list and its items. */
    public static List<YMap> listOfMaps(YMap m, String key, boolean required, List<Problem> problems) {
        Optional<YNode> n = m.get(key);
        if (n.isEmpty()) {
            if (required) {
                problems.add(Rule.MISSING_FIELD.problem(m.pos(), "missing '" + key + ":' list",
                    "add '" + key + ":' with one entry per record"));
            }
            return List.of();
        }
        if (!(n.get() instanceof YList l)) {
            problems.add(Rule.BAD_STRUCTURE.problem(n.get().pos(), "'" + key + "' must be a list, not " + n.get().shape(),
                "write each record as a '- ' item under '" + key + ":'"));
            return List.of();
        }
        List<YMap> out = new ArrayList<>();
        for (YNode i : l.items()) {
            if (i instanceof YMap im) {
                out.add(im);
            } else {
                problems.add(Rule.BAD_STRUCTURE.problem(i.pos(), "each item of '" + key + "' must be a map, not "
                    + i.shape(), "write the record as 'key: value' lines"));
            }
        }
        return out;
    }

    private void readSources(Path f, List<SourceRecord> sources, List<WorkRecord> works) {
        Optional<YMap> top = top(f, Set.of("sources", "works"));
        if (top.isEmpty()) {
            return;
        }
        for (YMap m : listOfMaps(top.get(), "sources", true)) {
            String id = m.text("id").orElse(null);
            int paragraphs = m.text("paragraphs").flatMap(Values::integer).orElse(0);
            TreeMap<Integer, String> nonContent = new TreeMap<>();
            m.get("non_content").ifPresent(n -> {
                if (n instanceof YMap nc) {
                    nc.entries().values().forEach(e -> Values.integer(e.key()).ifPresent(i ->
                        nonContent.put(i, e.value() instanceof YScalar s ? s.value() : "")));
                } else {
                    Values.ints(Optional.of(n)).forEach(i -> nonContent.put(i.value(), ""));
                }
            });
            Map<Integer, FootnoteRecord> footnotes = new LinkedHashMap<>();
            m.get("footnotes").ifPresent(n -> {
                if (n instanceof YMap fm) {
                    for (YMap.Entry e : fm.entries().values()) {
                        Optional<Integer> num = Values.integer(e.key());
                        if (num.isPresent() && e.value() instanceof YMap v) {
                            footnotes.put(num.get(), new FootnoteRecord(num.get(),
                                v.text("paragraph").flatMap(Values::integer).orElse(null),
                                v.text("work").orElse(null), v.text("pages").orElse(null), e.keyPos()));
                        } else {
                            footnotes.put(num.orElse(-1), new FootnoteRecord(num.orElse(-1), null, null, null, e.keyPos()));
                        }
                    }
                }
            });
            sources.add(new SourceRecord(id, m.pos(), m.text("file").orElse(null), paragraphs, nonContent, footnotes, m));
        }
        for (YMap m : listOfMaps(top.get(), "works", false)) {
            works.add(new WorkRecord(m.text("id").orElse(null), m.pos(), m));
        }
    }

    private void readEntities(Path f, List<EntityRecord> entities) {
        Optional<YMap> top = top(f, Set.of("entities"));
        if (top.isEmpty()) {
            return;
        }
        for (YMap m : listOfMaps(top.get(), "entities", true)) {
            Map<String, String> labels = new LinkedHashMap<>();
            m.get("label").ifPresent(n -> {
                if (n instanceof YMap lm) {
                    lm.entries().values().forEach(e -> {
                        if (e.value() instanceof YScalar s && !s.isNull()) {
                            labels.put(e.key(), s.value());
                        }
                    });
                } else if (n instanceof YScalar s) {
                    labels.put("en", s.value());
                }
            });
            Map<String, List<String>> aliases = new HashMap<>();
            m.get("aliases").ifPresent(n -> {
                if (n instanceof YMap am) {
                    am.entries().values().forEach(e -> aliases.put(e.key(),
                        Values.texts(Optional.of(e.value())).stream().map(Located::value).toList()));
                }
            });
            // Names from outside the articles (names: {lang: {label, aliases, origin}}) are names all the same.
            m.get("names").ifPresent(n -> {
                if (n instanceof YMap nm) {
                    nm.entries().values().forEach(e -> {
                        if (e.value() instanceof YMap block) {
                            block.text("label").ifPresent(l -> labels.putIfAbsent(e.key(), l));
                            List<String> more = Values.texts(block.get("aliases")).stream().map(Located::value).toList();
                            if (!more.isEmpty()) {
                                List<String> all = new ArrayList<>(aliases.getOrDefault(e.key(), List.of()));
                                all.addAll(more);
                                aliases.put(e.key(), List.copyOf(all));
                            }
                        }
                    });
                }
            });
            entities.add(new EntityRecord(m.text("id").orElse(null), m.text("type").orElse(null), m.pos(), labels,
                aliases, m));
        }
    }

    private Optional<ClaimsFile> readClaims(Path f) {
        Optional<YMap> top = top(f, Set.of("source", "curator", "claims"));
        if (top.isEmpty()) {
            return Optional.empty();
        }
        YMap t = top.get();
        String stem = f.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        Located<String> source = t.get("source").filter(YScalar.class::isInstance)
            .map(n -> new Located<>(((YScalar) n).value(), n.pos())).orElse(null);
        if (source == null) {
            problems.add(Rule.MISSING_FIELD.problem(t.pos(), "missing 'source:' (the id of the source in sources.yaml)",
                "add 'source: " + stem + "' at the top"));
        }
        String sourceId = source == null ? stem : source.value();
        String curator = t.text("curator").orElse(null);
        List<ClaimRecord> claims = new ArrayList<>();
        for (YMap m : listOfMaps(t, "claims", true)) {
            claims.add(ClaimReader.read(sourceId, curator, m));
        }
        return Optional.of(new ClaimsFile(rel(f), stem, source, curator, t.pos(), t, claims));
    }
}
