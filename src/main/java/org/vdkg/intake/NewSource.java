package org.vdkg.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.model.Curation;
import org.vdkg.model.SourceText;
import org.vdkg.problem.Problem;
import org.vdkg.problem.UserException;
import org.vdkg.read.CurationReader;

/**
 * {@code vdkg new-source}: records a new article in {@code data/sources.yaml} (a block inserted at the end of
 * {@code sources:}, the rest of the file kept byte for byte) and starts {@code data/claims/<id>.yaml} with one comment
 * header per paragraph. The text itself stays outside the project.
 */
public final class NewSource {

    /** The bibliographic fields a curator may give as options, in the order sources.yaml writes them. */
    public static final List<String> FIELDS = List.of("title", "author", "publisher", "published", "language");
    /** How many words of a paragraph its header shows: enough to find it, far below the 10-word copy check. */
    static final int HEADER_WORDS = 6;
    private static final Set<String> ENGLISH_WORDS = Set.of("the", "of", "and", "to", "in", "a", "is", "was", "with", "for");

    /** What was written. */
    public record Result(String id, int paragraphs, String claimsFile, List<Problem> warnings, boolean textInTexts) {
    }

    private NewSource() {
    }

    /**
     * @param text the article's text file
     * @param texts where {@code suggest} and {@code coverage} look for texts (to say whether they will find this one)
     * @param given bibliographic fields given by the curator (keys of {@link #FIELDS}); the others are written unknown
     */
    public static Result add(ProjectLayout layout, Path text, String id, Optional<Path> texts, Map<String, String> given,
                             String curator, String base) {
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new UserException("bad source id '" + id + "': use a slug of lower-case letters, digits and single hyphens,"
                + " e.g. " + Slugs.of(id, "new-source"));
        }
        if (!Files.isRegularFile(layout.sourcesFile())) {
            throw new UserException("no " + layout.sourcesFile() + ": is --root the project root?");
        }
        List<Problem> reading = new ArrayList<>();
        Curation c = CurationReader.read(layout.root(), reading);
        boolean taken = c.sources().stream().anyMatch(s -> id.equals(s.id())) || c.works().stream().anyMatch(w -> id.equals(w.id()));
        if (taken) {
            throw new UserException("the id '" + id + "' is already a source or work of data/sources.yaml; choose another");
        }
        Path claims = layout.claimsDir().resolve(id + ".yaml");
        if (Files.exists(claims)) {
            throw new UserException(layout.root().relativize(claims) + " already exists; choose another id or remove the file");
        }
        if (text.toAbsolutePath().normalize().startsWith(layout.root())) {
            throw new UserException(text + " is inside the project: source texts are cited, never copied; keep it outside"
                + " (e.g. ../shared/sources/" + id + ".txt) and give its path");
        }
        SourceText st = SourceText.parse(read(text));
        if (st.count() == 0) {
            throw new UserException(text + " holds no paragraph (blocks of lines separated by blank lines)");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String f : FIELDS) {
            String v = given.get(f);
            fields.put(f, v == null || v.isBlank() ? null : v.strip());
        }
        boolean detectedLanguage = false;
        if (fields.get("language") == null && looksEnglish(st)) {
            fields.put("language", "en");
            detectedLanguage = true;
        }
        String sourcesText = readProjectFile(layout.sourcesFile());
        String block = sourceBlock(id, text.getFileName().toString(), fields, detectedLanguage, st.count());
        String rel = "data/claims/" + id + ".yaml";
        ProjectChange change = new ProjectChange(layout, texts)
            .put("data/sources.yaml", SourcesFile.insertSource(sourcesText, block))
            .put(rel, claimsFile(id, curator, st));
        List<Problem> problems = change.validate(base);
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new ChangeRefused(problems);
        }
        change.write();
        boolean inTexts = texts.map(d -> Files.isRegularFile(d.resolve(text.getFileName().toString()))).orElse(false);
        return new Result(id, st.count(), rel, problems, inTexts);
    }

    /** The block appended to {@code sources:}; every field present, unknown where not given. */
    static String sourceBlock(String id, String file, Map<String, String> fields, boolean detectedLanguage, int paragraphs) {
        StringBuilder sb = new StringBuilder();
        sb.append("  # Added by vdkg new-source. Fill in what the article states, keep 'unknown' for what it does not;\n")
          .append("  # add non_content (paragraph -> why it is not a fact), footnotes, history and works as data/README.md says.\n");
        sb.append("  - id: ").append(id).append('\n');
        sb.append("    file: ").append(YamlText.quoted(file)).append('\n');
        for (Map.Entry<String, String> f : fields.entrySet()) {
            sb.append("    ").append(f.getKey()).append(": ")
              .append(f.getValue() == null ? "unknown" : f.getKey().equals("published") || f.getKey().equals("language")
                  ? f.getValue().replaceAll("[^A-Za-z0-9-]", "") : YamlText.quoted(f.getValue()));
            if (f.getKey().equals("language") && detectedLanguage) {
                sb.append("    # read from the text's common words; check");
            }
            sb.append('\n');
        }
        sb.append("    paragraphs: ").append(paragraphs).append("    # counted by vdkg new-source\n");
        return sb.toString();
    }

    /** The new claims file: the source, the curator, an empty list and one header per paragraph. */
    static String claimsFile(String id, String curator, SourceText text) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Claims of ").append(id).append(", in article order. Paragraph numbers follow the rule of\n")
          .append("# ../shared/sources/README.md (blank-line separated blocks, counted from 1). Each header names a\n")
          .append("# paragraph by its first words only: cite the paragraph, never copy its text.\n")
          .append("source: ").append(id).append('\n')
          .append("curator: ").append(YamlText.quoted(curator)).append('\n')
          .append("claims: []\n");
        for (int n = 1; n <= text.count(); n++) {
            sb.append('\n').append(ClaimsFileEdit.header(n, firstWords(text.paragraph(n)))).append('\n');
        }
        return sb.toString();
    }

    /** The first {@link #HEADER_WORDS} words of a paragraph, on one line, with an ellipsis when there is more. */
    static String firstWords(String paragraph) {
        String[] words = paragraph.replaceAll("\\p{Cntrl}", " ").strip().split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(HEADER_WORDS, words.length); i++) {
            String w = words[i];
            out.add(w.length() > 30 ? w.substring(0, 30) + "…" : w);
        }
        return String.join(" ", out) + (words.length > HEADER_WORDS ? " …" : "");
    }

    private static boolean looksEnglish(SourceText t) {
        int words = 0;
        int common = 0;
        for (String p : t.paragraphs()) {
            for (String w : p.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (!w.isEmpty()) {
                    words++;
                    common += ENGLISH_WORDS.contains(w) ? 1 : 0;
                }
            }
        }
        return words >= 20 && common * 10 >= words;
    }

    private static String read(Path text) {
        if (!Files.isRegularFile(text)) {
            throw new UserException("no text file " + text + "; give the path of the article's plain-text file");
        }
        try {
            if (Files.size(text) > 4L * 1024 * 1024) {
                throw new UserException(text + " is over 4 MiB: an article's text is tens of kilobytes");
            }
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(text))).toString().replaceFirst("^\uFEFF", "");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UserException(text + " is not UTF-8 text; save it as UTF-8", e);
        } catch (IOException e) {
            throw new UserException("cannot read " + text + ": " + e.getMessage(), e);
        }
    }

    static String readProjectFile(Path f) {
        try {
            return Files.readString(f, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }
}
