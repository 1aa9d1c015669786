package org.vdkg.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * What a database holds, as one hash: SHA-256 of the N-Quads lines of all its named graphs, one per quad
 * ({@code s p o g .} and a newline), sorted by their UTF-8 bytes, so two databases with the same quads have the same
 * hash however they were stored. Blank nodes are written with their stored labels, so only copies of one database
 * (not two builds of it) are sure to agree when it has any. Replicas report it to show they serve the same data.
 *
 * @param hex the hash in lower-case hexadecimal
 * @param quads how many quads were hashed (the triples of all named graphs)
 */
public record ContentHash(String hex, long quads) {

    /** The hash of {@code dsg}'s named graphs, read in one read transaction (the lines are held in memory to sort). */
    public static ContentHash of(DatasetGraph dsg) {
        List<byte[]> lines = new ArrayList<>();
        Txn.executeRead(dsg, () -> dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> lines.add(line(q))));
        lines.sort(Arrays::compareUnsigned);
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        for (byte[] line : lines) {
            sha.update(line);
        }
        return new ContentHash(HexFormat.of().formatHex(sha.digest()), lines.size());
    }

    private static byte[] line(Quad q) {
        return (NodeFmtLib.strNQ(q.getSubject(), q.getPredicate(), q.getObject(), q.getGraph()) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
