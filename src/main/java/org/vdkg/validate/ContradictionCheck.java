package org.vdkg.validate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.vdkg.problem.Position;
import org.vdkg.problem.Problem;
import org.vdkg.problem.Rule;
import org.vdkg.vocab.IriScheme;
import org.vdkg.vocab.VDKG;

/**
 * Finds claims of different sources that cannot both be true and are not linked by {@code contradicts} or
 * {@code corroborates} (rule VDKG-E024). It reads the mapped claims, where every kind's roles are already triples:
 * two claims are about the same thing when they have the same class and name the same entities in the same roles;
 * they cannot both be true when a quantity of the same role and item has bounds that do not overlap while their times
 * may overlap, or when their class {@code vdkg:happensOnce} and their times cannot overlap.
 */
public final class ContradictionCheck {

    /**
     * One claim as the check sees it, copied out of its graph (which a build hands on before the next is read).
     *
     * @param links the claims it names with {@code contradicts} or {@code corroborates}
     */
    private record Claim(String iri, String type, Map<String, BigDecimal[]> quantities, LocalDate earliest,
                         LocalDate latest, Set<String> links) {

        String source() {
            String id = IriScheme.claimId(iri);
            return id.substring(0, id.indexOf('/'));
        }
    }

    /** A claim read, with what makes its group: class and entities in their roles. */
    private record Read(Claim claim, Set<String> signature) {
    }

    /** The classes the ontology marks {@code vdkg:happensOnce}. */
    private final Set<String> once = new TreeSet<>();
    /**
     * The claims by class and signature: only claims of one group can contradict each other. A group is keyed by a
     * digest of its class and signature, not by their text: a build holds every claim's key to the end (issue 20).
     */
    private final Map<String, List<Claim>> groups = new HashMap<>();

    /** @param ontology a graph holding the ontology ({@code vdkg:happensOnce}) */
    public ContradictionCheck(Model ontology) {
        ontology.listSubjectsWithProperty(VDKG.happensOnce).forEachRemaining(s -> {
            if (s.isURIResource() && s.getProperty(VDKG.happensOnce).getLiteral().getBoolean()) {
                once.add(s.getURI());
            }
        });
    }

    /** Reads the claims of {@code graph} (one or more sources' mapped graphs) into the check. */
    public void add(Model graph) {
        graph.listSubjectsWithProperty(RDF.type).forEachRemaining(r -> read(r).ifPresent(c -> {
            if (!c.signature().isEmpty()) {
                groups.computeIfAbsent(digest(c.claim().type() + " " + c.signature()), k -> new ArrayList<>(1))
                    .add(c.claim());
            }
        }));
    }

    /**
     * The pairs of claims read so far that cannot both be true and are not linked, each at the curated position of
     * the later claim of a pair.
     */
    public List<Problem> problems(Map<String, Position> positions) {
        List<Problem> problems = new ArrayList<>();
        for (List<Claim> group : groups.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    Claim a = group.get(i);
                    Claim b = group.get(j);
                    if (a.source().equals(b.source()) || a.links().contains(b.iri()) || b.links().contains(a.iri())) {
                        continue;
                    }
                    why(a, b, once.contains(a.type())).ifPresent(why -> problems.add(problem(a, b, why, positions)));
                }
            }
        }
        return problems;
    }

    private static Problem problem(Claim a, Claim b, String why, Map<String, Position> positions) {
        Position pa = positions.getOrDefault(a.iri(), Position.ofFile("data/claims/" + a.source() + ".yaml"));
        Position pb = positions.getOrDefault(b.iri(), Position.ofFile("data/claims/" + b.source() + ".yaml"));
        boolean bLater = pa.compareTo(pb) <= 0;
        Claim later = bLater ? b : a;
        Claim earlier = bLater ? a : b;
        Position at = bLater ? pb : pa;
        Position other = bLater ? pa : pb;
        String laterId = IriScheme.claimId(later.iri());
        String earlierId = IriScheme.claimId(earlier.iri());
        return Rule.UNLINKED_CONTRADICTION.problem(at, "claim '" + laterId + "' and claim '" + earlierId + "' ("
                + other.file() + ":" + other.line() + ") name the same parties but " + why,
            "if they cannot both be true, add contradicts: [" + earlierId + "] and rank the weaker one"
                + " claim_rank: deprecated (with rank_reason:); if they can, add corroborates: [" + earlierId + "]");
    }

    private static Optional<String> why(Claim a, Claim b, boolean happensOnce) {
        boolean timesMayOverlap = overlap(a.earliest(), a.latest(), b.earliest(), b.latest());
        if (timesMayOverlap) {
            for (Map.Entry<String, BigDecimal[]> q : a.quantities().entrySet()) {
                BigDecimal[] other = b.quantities().get(q.getKey());
                if (other != null && !overlap(q.getValue()[0], q.getValue()[1], other[0], other[1])) {
                    return Optional.of("give quantities that exclude each other (" + range(q.getValue()) + " and "
                        + range(other) + ")");
                }
            }
        } else if (happensOnce) {
            return Optional.of("date an event that happens once at times that cannot overlap (" + span(a) + " and "
                + span(b) + ")");
        }
        return Optional.empty();
    }

    /** Whether two closed intervals with open (null) ends may overlap. */
    private static <T extends Comparable<T>> boolean overlap(T startA, T endA, T startB, T endB) {
        return !(endA != null && startB != null && endA.compareTo(startB) < 0)
            && !(endB != null && startA != null && endB.compareTo(startA) < 0);
    }

    private static String range(BigDecimal[] r) {
        if (r[0] != null && r[0].equals(r[1])) {
            return r[0].toPlainString();
        }
        return (r[0] == null ? ".." : r[0].toPlainString()) + "-" + (r[1] == null ? ".." : r[1].toPlainString());
    }

    private static String span(Claim c) {
        return (c.earliest() == null ? ".." : c.earliest()) + " to " + (c.latest() == null ? ".." : c.latest());
    }

    /** A top-level claim node (not a citation or item line) with its class, roles, quantities and time. */
    /** SHA-256 of {@code text}, Base64: two different groups share a key with a chance too small to matter. */
    private static String digest(String text) {
        try {
            return Base64.getEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static Optional<Read> read(Resource r) {
        if (!r.isURIResource() || IriScheme.anyClaimOf(r.getURI()) == null
            || !IriScheme.anyClaimOf(r.getURI()).equals(r.getURI())) {
            return Optional.empty();
        }
        String type = null;
        for (Statement t : r.listProperties(RDF.type).toList()) {
            if (t.getObject().isURIResource() && VDKG.localName(t.getResource().getURI()).isPresent()) {
                type = t.getResource().getURI();
            }
        }
        if (type == null) {
            return Optional.empty();
        }
        Set<String> signature = new TreeSet<>();
        Map<String, BigDecimal[]> quantities = new LinkedHashMap<>();
        for (Statement st : r.listProperties().toList()) {
            String p = st.getPredicate().getURI();
            RDFNode o = st.getObject();
            if (!o.isURIResource()) {
                continue;
            }
            String iri = o.asResource().getURI();
            if (IriScheme.entityIri(iri).isPresent()) {
                signature.add(p + "=" + iri);
            } else if (iri.startsWith(r.getURI() + "/")) {
                Set<String> subEntities = new TreeSet<>();
                for (Statement s : o.asResource().listProperties().toList()) {
                    if (s.getObject().isURIResource() && IriScheme.entityIri(s.getResource().getURI()).isPresent()) {
                        subEntities.add(s.getPredicate().getURI() + "=" + s.getResource().getURI());
                    }
                }
                subEntities.forEach(e -> signature.add(p + "/" + e));
                bounds(o.asResource()).ifPresent(b -> quantities.put(p + " " + subEntities + " "
                    + Optional.ofNullable(o.asResource().getPropertyResourceValue(VDKG.unit)).map(Resource::getURI)
                        .orElse(""), b));
            }
        }
        Set<String> links = new TreeSet<>();
        for (Property p : List.of(VDKG.contradicts, VDKG.corroborates)) {
            r.listProperties(p).forEachRemaining(l -> {
                if (l.getObject().isURIResource()) {
                    links.add(l.getResource().getURI());
                }
            });
        }
        return Optional.of(new Read(new Claim(r.getURI(), type.intern(), quantities.isEmpty() ? Map.of() : quantities,
            date(r, VDKG.earliest), date(r, VDKG.latest), links.isEmpty() ? Set.of() : links), signature));
    }

    private static Optional<BigDecimal[]> bounds(Resource node) {
        BigDecimal exact = number(node, VDKG.quantity);
        if (exact != null) {
            return Optional.of(new BigDecimal[] {exact, exact});
        }
        BigDecimal min = number(node, VDKG.quantityMin);
        BigDecimal max = number(node, VDKG.quantityMax);
        return min == null && max == null ? Optional.empty() : Optional.of(new BigDecimal[] {min, max});
    }

    private static BigDecimal number(Resource node, Property p) {
        Statement s = node.getProperty(p);
        if (s == null || !s.getObject().isLiteral()) {
            return null;
        }
        try {
            return new BigDecimal(s.getLiteral().getLexicalForm());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(Resource r, Property p) {
        Statement s = r.getProperty(p);
        if (s == null || !s.getObject().isLiteral()) {
            return null;
        }
        Literal l = s.getLiteral();
        try {
            return LocalDate.parse(l.getLexicalForm());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
