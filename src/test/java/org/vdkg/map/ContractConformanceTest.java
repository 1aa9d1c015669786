package org.vdkg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vdkg.model.ClaimKind;
import org.vdkg.model.ClaimKinds;
import org.vdkg.model.Field;
import org.vdkg.model.ValueType;
import org.vdkg.vocab.VDKG;

/** The claim mappers implement exactly the claim table of docs/model.md: kinds, classes, keys and properties. */
class ContractConformanceTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z-]+)` \\(`vdkg:(\\w+)`[^|]*\\| (.*) \\| (.*) \\|$");

    /** kind -> {class, keys column, RDF column} from the contract's claim table. */
    static Map<String, String[]> contractRows() throws Exception {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("docs/model.md"))) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                rows.put(m.group(1), new String[] {m.group(2), m.group(3), m.group(4)});
            }
        }
        return rows;
    }

    @Test
    void everyKindOfTheContractHasAMapperAndNoOther() throws Exception {
        Map<String, String[]> rows = contractRows();
        assertEquals(22, rows.size(), "rows of the claim table");
        assertEquals(new TreeSet<>(rows.keySet()), new TreeSet<>(ClaimKinds.kinds()));
    }

    @Test
    void eachMapperUsesTheClassKeysAndPropertiesOfItsRow() throws Exception {
        for (Map.Entry<String, String[]> row : contractRows().entrySet()) {
            ClaimKind m = ClaimKinds.forKind(row.getKey()).orElseThrow();
            String[] r = row.getValue();
            assertEquals(VDKG.NS + r[0], m.claimClass().getURI(), row.getKey());
            Set<String> keys = backticked(r[1]);
            for (Field f : m.fields()) {
                assertTrue(keys.contains(f.key()), row.getKey() + ": key " + f.key() + " not in the contract");
                if (f.type() == ValueType.UNIT) {
                    // the unit goes on the kind's vdkg:Quantity node, whose properties are those of item lines
                    assertTrue(r[2].contains("vdkg:Quantity"), row.getKey() + ": unit without a Quantity node");
                    continue;
                }
                assertTrue(r[2].contains("vdkg:" + f.property().getLocalName()),
                    row.getKey() + ": property " + f.property().getLocalName() + " not in the contract");
            }
        }
    }

    private static Set<String> backticked(String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("`([a-z_]+)`").matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
