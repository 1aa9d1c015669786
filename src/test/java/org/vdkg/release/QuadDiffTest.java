package org.vdkg.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Blank nodes across releases (synthetic quads): relabelled but isomorphic statements are no change; a changed blank
 * node structure is removed and added whole, and jena-rdfpatch applies that patch to the previous N-Quads as read.
 */
class QuadDiffTest {

    private static final String G = "<urn:x:g>";

    @Test
    void relabelledBlankNodesAreNoChange() {
        DatasetGraph a = nquads("_:a1 <urn:x:p> _:a2 " + G + " .\n_:a2 <urn:x:q> \"v\" " + G + " .\n<urn:x:s> <urn:x:p> \"1\" " + G + " .\n");
        DatasetGraph b = nquads("_:b7 <urn:x:p> _:b8 " + G + " .\n_:b8 <urn:x:q> \"v\" " + G + " .\n<urn:x:s> <urn:x:p> \"1\" " + G + " .\n");
        QuadDiff d = QuadDiff.between(a, b);
        assertEquals(0, d.removed().size() + d.added().size(), d.toString());
    }

    @Test
    void aChangedBlankNodeStructureIsReplacedAndThePatchApplies(@TempDir Path dir) throws Exception {
        DatasetGraph a = nquads("_:a1 <urn:x:p> _:a2 " + G + " .\n_:a2 <urn:x:q> \"v\" " + G + " .\n<urn:x:s> <urn:x:p> \"1\" " + G + " .\n");
        DatasetGraph b = nquads("_:b7 <urn:x:p> _:b8 " + G + " .\n_:b8 <urn:x:q> \"w\" " + G + " .\n<urn:x:s> <urn:x:p> \"2\" " + G + " .\n");
        QuadDiff d = QuadDiff.between(a, b);
        assertEquals(3, d.removed().size());
        assertEquals(3, d.added().size());
        Path patch = dir.resolve("p.rdfp");
        ReleaseWriter.writePatch(patch, "uuid:00000000-0000-0000-0000-000000000002", "uuid:00000000-0000-0000-0000-000000000001", d);
        try (InputStream in = Files.newInputStream(patch)) {
            RDFPatchOps.applyChange(a, in);
        }
        assertTrue(a.getGraph(NodeFactory.createURI("urn:x:g")).isIsomorphicWith(b.getGraph(NodeFactory.createURI("urn:x:g"))),
                Files.readString(patch));
        assertEquals(3, a.stream().count(), "the old blank nodes are gone:\n" + Files.readString(patch));
    }

    private static DatasetGraph nquads(String text) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(text, Lang.NQUADS).labelToNode(LabelToNode.createUseLabelAsGiven()).parse(dsg);
        return dsg;
    }
}
