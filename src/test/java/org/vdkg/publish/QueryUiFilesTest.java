package org.vdkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vdkg.query.SavedQuery;
import org.vdkg.query.SavedQueryCatalogue;
import org.vdkg.support.TestProject;

/**
 * The rewrites of the Fuseki UI's built files still find their places in the jar on the class path: this test fails
 * when a Fuseki upgrade moves them, before a visitor sees the stock examples or a blocked call to prefix.cc.
 */
class QueryUiFilesTest {

    private static final List<SavedQuery> CATALOGUE = new SavedQueryCatalogue(TestProject.REPO.resolve("queries")).list();

    private static String queryViewFile() {
        String index = QueryUiFiles.text("static/" + QueryUiFiles.entryScript(QueryUiFiles.text("index.html")));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\./(Query-[A-Za-z0-9_-]+\\.js)").matcher(index);
        assertTrue(m.find(), "the entry script imports the query view");
        return m.group(1);
    }

    @Test
    void theQueryViewOfTheJarGetsTheCatalogueThePrefixesAndALocalPrefixLookup() {
        String name = queryViewFile();
        assertTrue(QueryUiFiles.isServed(name), name);
        String js = QueryUiFiles.queryView(QueryUiFiles.text("static/" + name), CATALOGUE, Map.of("vdkg", "https://w3id.org/vdkg/ontology#"));
        assertTrue(CATALOGUE.size() > 50, "saved queries: " + CATALOGUE.size());
        for (SavedQuery q : CATALOGUE) {
            assertTrue(js.contains(QueryUiFiles.json(q.question())), "the question of " + q.id());
            assertTrue(js.contains(QueryUiFiles.json(q.text())), "the text of " + q.id());
        }
        assertFalse(js.contains("Selection of triples"), "the stock examples are gone");
        assertFalse(js.contains("prefix.cc/popular"), "no call to prefix.cc");
        assertTrue(js.contains("prefixes:[{uri:\"https://w3id.org/vdkg/ontology#\",text:\"vdkg\"}]"));
        assertTrue(js.contains("\"" + QueryUiFiles.PREFIX_LOOKUP + "\""));
    }

    @Test
    void theEntryScriptOfTheJarTakesTheServerRootAsFusekisRoot() {
        String js = QueryUiFiles.entry(QueryUiFiles.text("static/" + QueryUiFiles.entryScript(QueryUiFiles.text("index.html"))));
        assertTrue(js.contains("this.pathname=\"/\""), "Fuseki's URLs start at the root, not at /query");
    }

    @Test
    void aFileWithoutThePatternFailsLoudlyInsteadOfServingTheStockUi() {
        for (String changed : List.of("", "queries:[{value:X,text:\"Some other example\"}],prefixes:[]",
                "queries:[{value:A,text:\"Selection of triples\"}] queries:[{value:B,text:\"Selection of triples\"}]")) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> QueryUiFiles.queryView(changed, CATALOGUE, Map.of()));
            assertTrue(e.getMessage().contains("QueryUiFiles"), e.getMessage());
        }
        assertThrows(IllegalStateException.class, () -> QueryUiFiles.entry("class X{constructor(t){this.pathname=t.pathname}}"));
        assertThrows(IllegalStateException.class, () -> QueryUiFiles.entryScript("<script src=\"/elsewhere.js\"></script>"));
    }

    @Test
    void hostileQuestionsAndQueriesStayInsideTheirStringLiterals() {
        String stock = "x={queries:[{value:Q,text:\"Selection of triples\"}],prefixes:[{uri:\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\","
                + "text:\"rdf\"}]};y=(window.location.protocol.indexOf(\"http\")===0?\"//\":\"http://\")+\"prefix.cc/popular/all.file.json\";";
        String nasty = "a \"quote\", a \\ backslash, a\nnewline, </script><script>alert(1)</script>, \u2028 and ${x} `tick`";
        SavedQuery q = new SavedQuery("nasty", Path.of("nasty.rq"), nasty, "", "", "SELECT * { ?s ?p \"" + nasty + "\" }");
        String js = QueryUiFiles.queryView(stock, List.of(q, q), Map.of("p\"x", "http://e/\"</script>"));
        String examples = js.substring(js.indexOf("queries:["), js.indexOf("],prefixes:"));
        assertFalse(examples.contains("</script"), examples);
        assertFalse(examples.contains("\n"), "newlines escaped");
        // Outside the string literals, only the array's own punctuation and keys remain.
        String outside = examples.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "S");
        assertEquals("queries:[{value:S,text:S},{value:S,text:S}", outside);
        assertTrue(examples.contains("(nasty)"), "a repeated title gets its id: " + examples);
        String prefixes = js.substring(js.indexOf("prefixes:["), js.indexOf("]};"));
        assertEquals("prefixes:[{uri:S,text:S}", prefixes.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "S"));
    }

    @Test
    void onlyTheQueryPagesFilesAreServed() {
        for (String ok : List.of("index-B4LhgED8.js", "index-Dd8FXv7Q.css", "Query-Dz-zoSFH.js", "Query-RREbE2T7.css",
                "current-dataset-navigation-guards-G8AUdPMA.js", "favicon.ico")) {
            assertTrue(QueryUiFiles.isServed(ok), ok);
        }
        for (String no : List.of("Upload-bqU9xqwB.js", "Edit-BYpVhZGP.js", "NewDataset-B4w2g1Uy.js", "ExistingDatasets-Ol8cZMYZ.js",
                "Tasks-D87pHbi6.js", "Info-1_mAYiJE.js", "../index.html", "index-../../x.js", "index-x.js/../Upload-y.js",
                "Query-x.jsp", "index.html", "")) {
            assertFalse(QueryUiFiles.isServed(no), no);
        }
    }
}
