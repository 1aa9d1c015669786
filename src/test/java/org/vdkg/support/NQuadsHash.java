package org.vdkg.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * The content hash of a database worked out apart from the server's code ({@code store.ContentHash}): its named
 * graphs written by Jena's N-Quads writer, the lines sorted as bytes, SHA-256 over them.
 */
public final class NQuadsHash {

    private NQuadsHash() {
    }

    /** The hash of the TDB2 database at {@code db} (shared with a server of this JVM that has it open). */
    public static String of(Path db) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toAbsolutePath().normalize().toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(dsg, () -> RDFDataMgr.writeQuads(out, dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        byte[][] bytes = Arrays.stream(lines).map(l -> (l + "\n").getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
        Arrays.sort(bytes, Arrays::compareUnsigned);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] line : bytes) {
                sha.update(line);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
