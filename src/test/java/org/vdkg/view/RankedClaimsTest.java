package org.vdkg.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vdkg.support.Http;
import org.vdkg.support.ServedCopy;

/**
 * Ranks and links between sources on the server (issue 21): in a test copy of the real data, one claim of each
 * article is edited (a test edit, not a reading of the articles) so that the first is deprecated and contradicts the
 * second. The claim pages show the rank, its reason and the link from both sides; the explorer has a rank facet.
 */
class RankedClaimsTest {

    private static final String ARMY = "army-foreign-affairs";
    private static final String POLICE = "public-security-diplomacy-1945-1975";
    private static final String DEPRECATED = "law-2018-defence-diplomacy";
    private static final String OTHER = "ppsf-led-by-party-and-ho";
    private static ServedCopy served;

    @BeforeAll
    static void start() {
        served = ServedCopy.start(layout -> {
            Path file = layout.root().resolve("data/claims/" + ARMY + ".yaml");
            try {
                String marker = "  - id: " + DEPRECATED + "\n";
                String yaml = Files.readString(file);
                assertTrue(yaml.contains(marker), "the claim to edit is still in the data");
                Files.writeString(file, yaml.replace(marker, marker + "    claim_rank: deprecated\n"
                    + "    rank_reason: \"a test edit\"\n    contradicts: [" + POLICE + "/" + OTHER + "]\n"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, 30_000, g -> g);
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void claimPagesShowTheRankAndTheLinkFromBothSides() {
        String deprecated = Http.get(served.base() + "id/claim/" + ARMY + "/" + DEPRECATED, "text/html").body();
        assertTrue(deprecated.contains("class=\"rank\">Rank: "), deprecated);
        assertTrue(deprecated.contains("deprecated") && deprecated.contains("a test edit"), deprecated);
        assertTrue(deprecated.contains("Contradicted by another source") && deprecated.contains("/id/claim/" + POLICE + "/"
            + OTHER), deprecated);
        String other = Http.get(served.base() + "id/claim/" + POLICE + "/" + OTHER, "text/html").body();
        assertTrue(other.contains("Contradicted by another source") && other.contains("/id/claim/" + ARMY + "/"
            + DEPRECATED), "the link shows on the claim it points to as well");
    }

    @Test
    void theExplorerFiltersAndCountsByRank() {
        JsonObject all = JSON.parse(Http.get(served.base() + "explore.json", "application/json").body());
        JsonObject only = JSON.parse(Http.get(served.base() + "explore.json?rank=deprecated", "application/json").body());
        JsonArray results = only.get("results").getAsArray();
        assertEquals(1, results.size(), only.toString());
        assertEquals("deprecated", results.get(0).getAsObject().get("rank").getAsString().value());
        assertTrue(results.get(0).getAsObject().get("path").getAsString().value().endsWith(DEPRECATED));
        JsonArray values = all.get("facets").getAsObject().get("rank").getAsObject().get("values").getAsArray();
        long total = all.get("results").getAsArray().size();
        long counted = 0;
        for (JsonValue v : values) {
            counted += v.getAsObject().get("count").getAsNumber().value().longValue();
        }
        assertEquals(total, counted, "every claim is counted once under its rank: " + values);
        HttpResponse<String> bad = Http.get(served.base() + "explore.json?rank=disputed", "application/json");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("preferred, normal, deprecated"), bad.body());
    }
}
