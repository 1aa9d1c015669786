package org.vdkg.ontology;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Writes docs/ontology.md (reference of classes, properties and concept schemes) and
 * docs/ontology.dot (class diagram) from ontology/vdkg.ttl. Run by {@link OntologyDocsTest};
 * {@code -Dvdkg.writeDocs=true} rewrites the committed files.
 */
final class OntologyDocWriter {
    private static final String NS = OntologyFiles.NS;
    private static final String CONCEPT_NS = "https://w3id.org/vdkg/id/concept/";

    private final Model m;
    private final PrefixMapping prefixes;
    private final Property derivation;

    OntologyDocWriter(Model ontology) {
        this.m = ontology;
        this.prefixes = ontology;
        this.derivation = ontology.createProperty(NS + "derivation");
    }

    /** Writes both documents into a directory. */
    void writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("ontology.md"), markdown(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("ontology.dot"), dot(), StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ helpers

    private String qname(Resource r) {
        if (r.isAnon()) {
            return unionText(r).orElse("(anonymous)");
        }
        String s = prefixes.shortForm(r.getURI());
        return s.equals(r.getURI()) ? "<" + s + ">" : s;
    }

    private Optional<String> unionText(Resource r) {
        Statement u = r.getProperty(OWL.unionOf);
        if (u == null) {
            return Optional.empty();
        }
        RDFList list = u.getObject().as(RDFList.class);
        return Optional.of(list.iterator().toList().stream().map(n -> qname(n.asResource())).collect(Collectors.joining(" ∪ ")));
    }

    private static String anchor(String qname) {
        // GitHub's heading anchors: lower case, punctuation other than '-' dropped, spaces to '-'.
        return qname.toLowerCase().replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
    }

    private String link(Resource r) {
        String q = qname(r);
        if (r.isURIResource() && r.getURI().startsWith(NS)) {
            // A property named like a class (vdkg:event, vdkg:Event) gets GitHub's "-1" suffix: classes come first.
            boolean second = !r.hasProperty(RDF.type, OWL.Class)
                && vdkgSubjectsOfType(OWL.Class).stream().anyMatch(c -> c.getLocalName().equalsIgnoreCase(r.getLocalName()));
            return "[`" + q + "`](#" + anchor(q) + (second ? "-1" : "") + ")";
        }
        if (r.isAnon()) {
            return unionMembers(r).stream().map(this::link).collect(Collectors.joining(" ∪ "));
        }
        return "`" + q + "`";
    }

    private List<Resource> unionMembers(Resource r) {
        Statement u = r.getProperty(OWL.unionOf);
        if (u == null) {
            return List.of(r);
        }
        return u.getObject().as(RDFList.class).iterator().toList().stream().map(RDFNode::asResource).toList();
    }

    private String text(Resource r, Property p, String lang) {
        return r.listProperties(p).toList().stream().map(Statement::getObject).filter(RDFNode::isLiteral)
            .map(RDFNode::asLiteral).filter(l -> l.getLanguage().equals(lang)).map(Literal::getString).sorted()
            .findFirst().orElse("");
    }

    private List<Resource> objects(Resource r, Property p) {
        return r.listProperties(p).toList().stream().map(Statement::getObject).filter(RDFNode::isResource)
            .map(RDFNode::asResource).sorted(Comparator.comparing(this::qname)).toList();
    }

    private List<Resource> vdkgSubjectsOfType(Resource type) {
        return m.listSubjectsWithProperty(RDF.type, type).toList().stream()
            .filter(r -> r.isURIResource() && r.getURI().startsWith(NS))
            .sorted(Comparator.comparing(Resource::getLocalName)).toList();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    // ------------------------------------------------------------------ markdown

    String markdown() {
        Resource onto = m.createResource("https://w3id.org/vdkg/ontology");
        List<Resource> classes = vdkgSubjectsOfType(OWL.Class);
        List<Resource> objectProps = vdkgSubjectsOfType(OWL.ObjectProperty);
        List<Resource> dataProps = vdkgSubjectsOfType(OWL.DatatypeProperty);
        List<Resource> annProps = vdkgSubjectsOfType(OWL.AnnotationProperty);
        List<Resource> schemes = m.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList().stream()
            .sorted(Comparator.comparing(Resource::getURI)).toList();
        StringBuilder b = new StringBuilder();
        b.append("# vdkg ontology reference\n\n");
        b.append("<!-- Generated from ontology/vdkg.ttl by src/test/java/org/vdkg/ontology/OntologyDocWriter.java. Do not edit:\n");
        b.append("     regenerate with ./mvnw -q -Dtest=OntologyDocsTest -Dvdkg.writeDocs=true test -->\n\n");
        b.append(onto.getProperty(m.createProperty("http://purl.org/dc/terms/description")).getString()).append("\n\n");
        b.append("| | |\n|---|---|\n");
        b.append("| ontology IRI | `https://w3id.org/vdkg/ontology` |\n");
        b.append("| namespace | `").append(NS).append("` (prefix `vdkg:`) |\n");
        b.append("| version | ").append(onto.getProperty(OWL.versionInfo).getString()).append(" |\n");
        b.append("| license | ").append(onto.getProperty(m.createProperty("http://purl.org/dc/terms/license")).getResource().getURI()).append(" |\n");
        b.append("| profile | OWL 2 DL (checked by `OwlDlTest`) |\n");
        b.append("| shapes | `ontology/shapes/vdkg-shapes.ttl` (SHACL, namespace `https://w3id.org/vdkg/shapes#`) |\n");
        b.append("| terms | ").append(classes.size()).append(" classes, ").append(objectProps.size()).append(" object properties, ")
            .append(dataProps.size()).append(" datatype properties, ").append(annProps.size()).append(" annotation properties, ")
            .append(schemes.size()).append(" concept schemes |\n\n");
        b.append("Diagram: [ontology.dot](ontology.dot) (Graphviz; rendered as [ontology.svg](ontology.svg)).\n\n");

        b.append("## Contents\n\n- [Class hierarchy](#class-hierarchy)\n- [Classes](#classes)\n- [Object properties](#object-properties)\n")
            .append("- [Shortcut relations (derived)](#shortcut-relations-derived)\n- [Datatype properties](#datatype-properties)\n")
            .append("- [Annotation properties](#annotation-properties)\n- [Concept schemes](#concept-schemes)\n- [Alignments](#alignments)\n")
            .append("- [Example](#example)\n\n");

        b.append("## Class hierarchy\n\n");
        List<Resource> roots = classes.stream().filter(c -> objects(c, RDFS.subClassOf).stream()
            .noneMatch(s -> s.isURIResource() && s.getURI().startsWith(NS))).toList();
        for (Resource root : roots) {
            tree(b, root, 0);
        }
        b.append("\n## Classes\n\n");
        for (Resource c : classes) {
            classSection(b, c, objectProps, dataProps);
        }

        List<Resource> derived = objectProps.stream().filter(p -> p.hasProperty(derivation)).toList();
        b.append("## Object properties\n\n");
        for (Resource p : objectProps) {
            if (!p.hasProperty(derivation)) {
                propertySection(b, p, "object property");
            }
        }
        b.append("## Shortcut relations (derived)\n\n");
        b.append("Each shortcut relation is filled by its `vdkg:derivation` rule (a SPARQL CONSTRUCT run by the builder over the union of all graphs; results go to `graph/inferred`).\n\n");
        b.append("| relation | meaning | characteristics |\n|---|---|---|\n");
        for (Resource p : derived) {
            b.append("| ").append(link(p)).append(" | ").append(cell(text(p, SKOS.definition, "en"))).append(" | ")
                .append(characteristics(p)).append(" |\n");
        }
        b.append("\n");
        for (Resource p : derived) {
            propertySection(b, p, "object property, derived");
        }
        b.append("## Datatype properties\n\n");
        for (Resource p : dataProps) {
            propertySection(b, p, "datatype property");
        }
        b.append("## Annotation properties\n\n");
        for (Resource p : annProps) {
            propertySection(b, p, "annotation property");
        }

        b.append("## Concept schemes\n\n");
        b.append("Concept IRIs are `").append(CONCEPT_NS).append("<scheme>/<slug>`; each concept has `skos:prefLabel`, `skos:notation`, `skos:definition` and `skos:inScheme`.\n\n");
        for (Resource s : schemes) {
            String id = s.getURI().substring(CONCEPT_NS.length());
            b.append("### ").append(id).append("\n\n").append(text(s, SKOS.definition, "en")).append(" `").append(s.getURI()).append("`\n\n");
            b.append("| slug | notation | label | definition |\n|---|---|---|---|\n");
            List<Resource> concepts = m.listSubjectsWithProperty(SKOS.inScheme, s).toList().stream()
                .sorted(Comparator.comparing(Resource::getURI)).toList();
            for (Resource c : concepts) {
                b.append("| `").append(c.getURI().substring(s.getURI().length() + 1)).append("` | ")
                    .append(c.getProperty(SKOS.notation).getString()).append(" | ").append(cell(text(c, SKOS.prefLabel, "en")))
                    .append(" | ").append(cell(text(c, SKOS.definition, "en"))).append(" |\n");
            }
            b.append("\n");
        }

        b.append("## Alignments\n\n");
        b.append("External terms are reused by subclass and subproperty axioms (no `owl:sameAs`); `rdfs:seeAlso` marks looser correspondences.\n\n");
        b.append("| vdkg term | relation | external term |\n|---|---|---|\n");
        List<Resource> all = new ArrayList<>(classes);
        all.addAll(objectProps);
        all.addAll(dataProps);
        all.addAll(annProps);
        all.sort(Comparator.comparing(Resource::getLocalName));
        for (Resource t : all) {
            for (Property p : List.of(RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass, RDFS.seeAlso)) {
                for (Resource o : objects(t, p)) {
                    if (o.isURIResource() && !o.getURI().startsWith(NS)) {
                        b.append("| ").append(link(t)).append(" | ").append(qname(p)).append(" | `").append(qname(o)).append("` |\n");
                    }
                }
            }
        }
        b.append("\n## Example\n\n");
        b.append("An aid claim as the loader writes it (IRIs shortened; see `docs/model.md`):\n\n```turtle\n")
            .append(EXAMPLE).append("```\n");
        return b.toString();
    }

    private static final String EXAMPLE = """
        claim:soviet-equipment-to-mps a vdkg:AidProvision ;
            prov:wasDerivedFrom claim:soviet-equipment-to-mps/citation ;
            vdkg:donor org:soviet-union ;
            vdkg:recipient org:ministry-of-public-security ;
            vdkg:aidKind aid-kind:equipment , aid-kind:weapons ;
            vdkg:hasItemLine claim:soviet-equipment-to-mps/item/1 ;
            vdkg:confidence confidence:high .
        claim:soviet-equipment-to-mps/citation a vdkg:Citation ;
            vdkg:source source:public-security-diplomacy-1945-1975 ;
            vdkg:paragraph "21"^^xsd:positiveInteger ;
            vdkg:footnote "7"^^xsd:positiveInteger .
        claim:soviet-equipment-to-mps/item/1 a vdkg:ItemLine ;
            vdkg:item item:walkie-talkie ;
            vdkg:quantity 85 ;
            vdkg:unit unit:item .
        # derived into graph/inferred by the rule of vdkg:providedAidTo:
        org:soviet-union vdkg:providedAidTo org:ministry-of-public-security .
        """;

    private void tree(StringBuilder b, Resource c, int depth) {
        b.append("  ".repeat(depth)).append("- ").append(link(c)).append("\n");
        m.listSubjectsWithProperty(RDFS.subClassOf, c).toList().stream()
            .filter(s -> s.isURIResource() && s.getURI().startsWith(NS))
            .sorted(Comparator.comparing(Resource::getLocalName))
            .forEach(s -> tree(b, s, depth + 1));
    }

    private boolean mentions(Resource classExpr, Resource c) {
        return classExpr.equals(c) || (classExpr.isAnon() && unionMembers(classExpr).contains(c));
    }

    private void classSection(StringBuilder b, Resource c, List<Resource> objectProps, List<Resource> dataProps) {
        b.append("### ").append(qname(c)).append("\n\n");
        b.append("**").append(text(c, RDFS.label, "en")).append("**");
        String vi = text(c, RDFS.label, "vi");
        if (!vi.isEmpty()) {
            b.append(" (vi: ").append(vi).append(")");
        }
        b.append(" — ").append(text(c, SKOS.definition, "en")).append("\n\n");
        List<Resource> supers = objects(c, RDFS.subClassOf);
        if (!supers.isEmpty()) {
            b.append("- subclass of: ").append(supers.stream().map(this::link).collect(Collectors.joining(", "))).append("\n");
        }
        List<Resource> subs = m.listSubjectsWithProperty(RDFS.subClassOf, c).toList().stream()
            .sorted(Comparator.comparing(this::qname)).toList();
        if (!subs.isEmpty()) {
            b.append("- subclasses: ").append(subs.stream().map(this::link).collect(Collectors.joining(", "))).append("\n");
        }
        List<Resource> disjoint = objects(c, OWL.disjointWith);
        if (!disjoint.isEmpty()) {
            b.append("- disjoint with: ").append(disjoint.stream().map(this::link).collect(Collectors.joining(", "))).append("\n");
        }
        List<Resource> props = new ArrayList<>();
        for (Resource p : objectProps) {
            objects(p, RDFS.domain).stream().filter(d -> mentions(d, c)).findAny().ifPresent(d -> props.add(p));
        }
        for (Resource p : dataProps) {
            objects(p, RDFS.domain).stream().filter(d -> mentions(d, c)).findAny().ifPresent(d -> props.add(p));
        }
        if (!props.isEmpty()) {
            b.append("- properties (domain includes this class): ")
                .append(props.stream().map(this::link).collect(Collectors.joining(", "))).append("\n");
        }
        for (Resource see : objects(c, RDFS.seeAlso)) {
            b.append("- see also: ").append(link(see)).append("\n");
        }
        String example = text(c, SKOS.example, "en");
        if (!example.isEmpty()) {
            b.append("- example: ").append(example).append("\n");
        }
        String note = text(c, SKOS.note, "en");
        if (!note.isEmpty()) {
            b.append("- note: ").append(note).append("\n");
        }
        b.append("\n");
    }

    private String characteristics(Resource p) {
        List<String> out = new ArrayList<>();
        if (p.hasProperty(RDF.type, OWL.SymmetricProperty)) {
            out.add("symmetric");
        }
        if (p.hasProperty(RDF.type, OWL.TransitiveProperty)) {
            out.add("transitive");
        }
        for (Resource inv : objects(p, OWL.inverseOf)) {
            out.add("inverse of " + qname(inv));
        }
        return String.join(", ", out);
    }

    private void propertySection(StringBuilder b, Resource p, String kind) {
        b.append("### ").append(qname(p)).append("\n\n");
        b.append("**").append(text(p, RDFS.label, "en")).append("**");
        String vi = text(p, RDFS.label, "vi");
        if (!vi.isEmpty()) {
            b.append(" (vi: ").append(vi).append(")");
        }
        b.append(" — ").append(text(p, SKOS.definition, "en")).append("\n\n");
        String ch = characteristics(p);
        b.append("- kind: ").append(kind).append(ch.isEmpty() ? "" : ", " + ch).append("\n");
        List<Resource> supers = objects(p, RDFS.subPropertyOf);
        if (!supers.isEmpty()) {
            b.append("- subproperty of: ").append(supers.stream().map(this::link).collect(Collectors.joining(", "))).append("\n");
        }
        for (Resource d : objects(p, RDFS.domain)) {
            b.append("- domain: ").append(link(d)).append("\n");
        }
        for (Resource r : objects(p, RDFS.range)) {
            b.append("- range: ").append(link(r)).append("\n");
        }
        for (Resource see : objects(p, RDFS.seeAlso)) {
            b.append("- see also: ").append(link(see)).append("\n");
        }
        String example = text(p, SKOS.example, "en");
        if (!example.isEmpty()) {
            b.append("- example: `").append(example).append("`\n");
        }
        String note = text(p, SKOS.note, "en");
        if (!note.isEmpty()) {
            b.append("- note: ").append(note).append("\n");
        }
        Statement rule = p.getProperty(derivation);
        if (rule != null) {
            b.append("\n```sparql\n").append(rule.getString().strip()).append("\n```\n");
        }
        b.append("\n");
    }

    // ------------------------------------------------------------------ dot

    String dot() {
        List<Resource> classes = vdkgSubjectsOfType(OWL.Class);
        Set<String> external = new TreeSet<>();
        StringBuilder edges = new StringBuilder();
        for (Resource c : classes) {
            for (Resource s : objects(c, RDFS.subClassOf)) {
                if (s.isURIResource()) {
                    if (!s.getURI().startsWith(NS)) {
                        external.add(qname(s));
                    }
                    edges.append("  \"").append(qname(c)).append("\" -> \"").append(qname(s)).append("\" [arrowhead=onormal];\n");
                }
            }
        }
        Map<String, List<String>> labelled = new TreeMap<>();
        for (Resource p : vdkgSubjectsOfType(OWL.ObjectProperty)) {
            if (p.hasProperty(derivation)) {
                continue;
            }
            List<Resource> ranges = objects(p, RDFS.range);
            for (Resource d : objects(p, RDFS.domain)) {
                for (Resource dm : unionMembers(d)) {
                    for (Resource r : ranges) {
                        if (!r.isURIResource()) {
                            continue;
                        }
                        if (!r.getURI().startsWith(NS)) {
                            external.add(qname(r));
                        }
                        labelled.computeIfAbsent("\"" + qname(dm) + "\" -> \"" + qname(r) + "\"", k -> new ArrayList<>())
                            .add(qname(p));
                    }
                }
            }
        }
        StringBuilder b = new StringBuilder();
        b.append("// Generated from ontology/vdkg.ttl by OntologyDocWriter; do not edit.\n");
        b.append("// Classes of vdkg (boxes), aligned external classes (grey), subclass edges (hollow arrows),\n");
        b.append("// and object properties with a declared domain and range (labelled edges).\n");
        b.append("digraph vdkg {\n  rankdir=LR;\n  node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=10];\n")
            .append("  edge [fontname=\"Helvetica\", fontsize=8];\n");
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("Claim", "#fde9d9");
        groups.put("Actor", "#dbe9f6");
        groups.put("Place", "#e2f0d9");
        groups.put("Event", "#fff2cc");
        groups.put("Document", "#ede2f6");
        for (Resource c : classes) {
            String fill = "#ffffff";
            for (var g : groups.entrySet()) {
                if (isSubClassOf(c, m.createResource(NS + g.getKey()))) {
                    fill = g.getValue();
                    break;
                }
            }
            b.append("  \"").append(qname(c)).append("\" [style=\"rounded,filled\", fillcolor=\"").append(fill).append("\"];\n");
        }
        for (String e : external) {
            b.append("  \"").append(e).append("\" [shape=ellipse, style=filled, fillcolor=\"#eeeeee\", fontcolor=\"#555555\"];\n");
        }
        b.append(edges);
        for (var e : labelled.entrySet()) {
            b.append("  ").append(e.getKey()).append(" [label=\"").append(String.join("\\n", e.getValue())).append("\"];\n");
        }
        b.append("}\n");
        return b.toString();
    }

    private boolean isSubClassOf(Resource c, Resource ancestor) {
        if (c.equals(ancestor)) {
            return true;
        }
        for (Resource s : objects(c, RDFS.subClassOf)) {
            if (s.isURIResource() && s.getURI().startsWith(NS) && isSubClassOf(s, ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** Regenerates docs/ontology.md and docs/ontology.dot in place. */
    public static void main(String[] args) throws IOException {
        new OntologyDocWriter(OntologyFiles.ontology()).writeTo(Path.of(args.length > 0 ? args[0] : "docs"));
    }
}
