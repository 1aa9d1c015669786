package org.vdkg.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vdkg.build.NameKeys;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.model.ClaimRecord;
import org.vdkg.model.ClaimsFile;
import org.vdkg.model.Curation;
import org.vdkg.model.EntityRecord;
import org.vdkg.model.NameMatcher;
import org.vdkg.model.SourceRecord;
import org.vdkg.model.SourceText;
import org.vdkg.problem.Problem;
import org.vdkg.problem.UserException;
import org.vdkg.read.CurationReader;
import org.vdkg.search.NameSimilarity;
import org.vdkg.yaml.YMap;

/**
 * {@code vdkg suggest}: for each content paragraph of a source, the known entities it names (found through the
 * folded name index, with the name form that matched), the capitalised names and the numbers and dates it prints that
 * no entity or claim covers yet, and for each new name the closest entities by the reconciliation scorer.
 */
public final class Suggestions {

    /** How many candidates a new name gets, and the least score (0..100) a candidate needs. */
    static final int CANDIDATES = 3;
    static final int MIN_SCORE = 50;

    /** A known entity named in the paragraph, by the name form that matched. */
    public record Known(String entity, String form) {
    }

    /** An entity that a new name may be, with the reconciliation score of its closest name. */
    public record Candidate(String entity, String name, int score) {
    }

    /** A capitalised name no entity has, with its candidates. */
    public record NewName(String name, List<Candidate> candidates) {
    }

    /** The suggestions for one paragraph; {@code covered} says whether a claim already cites it. */
    public record Paragraph(int paragraph, String firstWords, boolean cited, List<Known> known, List<NewName> newNames,
                            List<String> numbers) {

        public boolean isEmpty() {
            return known.isEmpty() && newNames.isEmpty() && numbers.isEmpty();
        }
    }

    /** The suggestions for a source. */
    public record Report(String source, int paragraphs, List<Paragraph> items) {
    }

    /** Sequences of capitalised words, joined by the small words names use ("Ministry of Public Security"). */
    private static final String WORD = "(?:\\p{Lu}\\.(?=\\s+\\p{Lu})|\\p{Lu}[\\p{L}\\p{M}\\p{N}'’&-]*)";
    /** A full stop ends a name unless it closes an initial ("Allison K. Thomas"): names do not run across sentences. */
    private static final Pattern NAME = Pattern.compile(WORD + "(?:\\s+(?:(?:of|the|for|de|du|van|von)\\s+)*" + WORD + ")*");
    /** Figures as printed (2,380; 17.5; 1957) and day-month-year dates in words. */
    private static final String MONTHS = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern NUMBER = Pattern.compile(MONTHS + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+" + MONTHS + "\\s+\\d{4}"
        + "|(?<![\\d(])\\d{1,3}(?:,\\d{3})+(?![\\d)])|(?<![\\d(.,])\\d+(?:\\.\\d+)?(?![\\d),])");
    /** Words that start sentences or precede names without being names. */
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "In", "On", "At", "This", "That", "These", "Those",
        "It", "Its", "He", "She", "They", "We", "Our", "His", "Her", "Their", "During", "After", "Before", "From", "With",
        "As", "By", "For", "Since", "When", "While", "However", "Also", "To", "Of", "And", "But", "Then", "There", "Thus",
        "Besides", "Moreover", "Meanwhile", "Later", "Until", "Under", "Over", "Through", "Following", "According");
    /** Titles before a person's name: "General Vo Nguyen Giap" is Vo Nguyen Giap. */
    private static final Set<String> TITLES = Set.of("general", "president", "minister", "comrade", "colonel", "mr", "mrs",
        "dr", "uncle", "senior", "lieutenant", "major", "deputy", "chairman", "secretary", "ambassador", "professor");

    private Suggestions() {
    }

    /** The suggestions for {@code sourceId}, its text read from {@code texts}. */
    public static Report of(ProjectLayout layout, String sourceId, Path texts) {
        List<Problem> reading = new ArrayList<>();
        Curation c = CurationReader.read(layout.root(), reading);
        SourceRecord s = c.sources().stream().filter(x -> sourceId.equals(x.id())).findFirst()
            .orElseThrow(() -> new UserException("no source '" + sourceId + "' in data/sources.yaml"));
        Path file = texts.resolve(s.file() == null ? s.id() + ".txt" : s.file());
        if (!Files.isRegularFile(file)) {
            throw new UserException("the text of '" + sourceId + "' is not at " + file + "; give its folder with --texts DIR");
        }
        return of(c, s, SourceText.read(file));
    }

    static Report of(Curation c, SourceRecord s, SourceText text) {
        Map<String, List<Known>> index = nameIndex(c);
        int longest = index.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
        Map<Integer, List<YMap>> claims = new HashMap<>();
        for (ClaimsFile f : c.claimsFiles()) {
            if (s.id().equals(f.sourceId())) {
                for (ClaimRecord r : f.claims()) {
                    r.paragraphs().forEach(p -> claims.computeIfAbsent(p.value(), k -> new ArrayList<>()).add(f.written(r)));
                }
            }
        }
        List<Paragraph> out = new ArrayList<>();
        int count = Math.min(text.count(), s.paragraphs() > 0 ? s.paragraphs() : text.count());
        for (int n = 1; n <= count; n++) {
            if (s.paragraphs() > 0 && !s.isContent(n)) {
                continue;
            }
            String para = text.paragraph(n);
            List<YMap> citing = claims.getOrDefault(n, List.of());
            String claimText = String.join("\n", citing.stream().flatMap(r -> scalars(YamlText.plain(r)).stream()).toList());
            List<Known> known = known(para, index, longest);
            List<NewName> newNames = new ArrayList<>();
            for (String name : names(para)) {
                if (covered(name, index, claimText)) {
                    continue;
                }
                newNames.add(new NewName(name, candidates(name, c)));
            }
            List<String> numbers = new ArrayList<>();
            Matcher m = NUMBER.matcher(para);
            while (m.find()) {
                String num = m.group();
                if (!numbers.contains(num) && !claimText.contains(num.replace(",", "")) && !claimText.contains(year(num))) {
                    numbers.add(num);
                }
            }
            out.add(new Paragraph(n, NewSource.firstWords(para), !citing.isEmpty(), known, newNames, numbers));
        }
        return new Report(s.id(), text.count(), out);
    }

    /** The year of a date in words, or the figure itself. */
    private static String year(String num) {
        Matcher y = Pattern.compile("\\d{4}$").matcher(num);
        return num.matches(".*\\p{L}.*") && y.find() ? y.group() : num.replace(",", "");
    }

    /** Every entity name by its folded key: lower case, no diacritics, punctuation as spaces. */
    private static Map<String, List<Known>> nameIndex(Curation c) {
        Map<String, List<Known>> index = new HashMap<>();
        for (EntityRecord e : c.entities()) {
            if (e.id() == null) {
                continue;
            }
            for (String name : new LinkedHashSet<>(e.names())) {
                String key = key(name);
                if (!key.isEmpty()) {
                    index.computeIfAbsent(key, k -> new ArrayList<>()).add(new Known(e.id(), name));
                }
            }
        }
        return index;
    }

    /** The folded key of a name or of a run of words: the name index's key, with punctuation as spaces. */
    private static String key(String s) {
        return NameKeys.of(s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The entities whose names occur in the paragraph, each once, by its longest matching form. */
    private static List<Known> known(String para, Map<String, List<Known>> index, int longest) {
        String[] words = key(para).split(" ");
        Map<String, Known> found = new LinkedHashMap<>();
        for (int i = 0; i < words.length; i++) {
            StringBuilder gram = new StringBuilder();
            for (int len = 1; len <= longest && i + len <= words.length; len++) {
                gram.append(len > 1 ? " " : "").append(words[i + len - 1]);
                for (Known k : index.getOrDefault(gram.toString(), List.of())) {
                    // Acronyms match in capitals only ("US", not "us"), as NameMatcher decides.
                    if (!NameMatcher.mentions(para, k.form())) {
                        continue;
                    }
                    Known had = found.get(k.entity());
                    if (had == null || k.form().length() > had.form().length()) {
                        found.put(k.entity(), k);
                    }
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** The capitalised names of a paragraph, in order, each once, without a leading article or a single sentence opener. */
    static List<String> names(String para) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = NAME.matcher(para);
        while (m.find()) {
            String name = m.group().replaceAll("[.’']+$", "").replaceAll("['’]s$", "");
            String[] words = name.split("\\s+");
            int from = 0;
            while (from < words.length && NOT_NAMES.contains(words[from])) {
                from++;
            }
            if (from == words.length) {
                continue;
            }
            name = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
            boolean single = from == words.length - 1;
            boolean sentenceStart = m.start() == 0 || para.substring(0, m.start()).matches("(?s).*[.!?:;\"“]\\s*$");
            boolean acronym = name.matches("\\p{Lu}{2,}\\d*");
            if (single && sentenceStart && from == 0 && !acronym) {
                continue;
            }
            if (name.length() > 1) {
                out.add(name);
            }
        }
        return List.copyOf(out);
    }

    /** Whether a name is an entity's (perhaps after a title) or is in the texts of a claim citing the paragraph. */
    private static boolean covered(String name, Map<String, List<Known>> index, String claimText) {
        String key = key(name);
        if (index.containsKey(key)) {
            return true;
        }
        String[] words = key.split(" ");
        if (words.length > 1 && TITLES.contains(words[0]) && index.containsKey(key.substring(words[0].length() + 1))) {
            return true;
        }
        return !claimText.isEmpty() && NameMatcher.mentions(claimText, name);
    }

    /** The entities closest to a new name by the reconciliation scorer, best first. */
    private static List<Candidate> candidates(String name, Curation c) {
        List<Candidate> all = new ArrayList<>();
        for (EntityRecord e : c.entities()) {
            if (e.id() == null) {
                continue;
            }
            Optional<Candidate> best = e.names().stream().map(n -> new Candidate(e.id(), n, NameSimilarity.score(name, n)))
                .max(Comparator.comparingInt(Candidate::score));
            best.filter(b -> b.score() >= MIN_SCORE).ifPresent(all::add);
        }
        all.sort(Comparator.comparingInt(Candidate::score).reversed().thenComparing(Candidate::entity));
        return List.copyOf(all.subList(0, Math.min(CANDIDATES, all.size())));
    }

    /** Every scalar of a plain value. */
    private static List<String> scalars(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof Map<?, ?> m) {
            m.values().forEach(x -> out.addAll(scalars(x)));
        } else if (v instanceof List<?> l) {
            l.forEach(x -> out.addAll(scalars(x)));
        } else if (v != null) {
            out.add(String.valueOf(v));
        }
        return out;
    }

}
