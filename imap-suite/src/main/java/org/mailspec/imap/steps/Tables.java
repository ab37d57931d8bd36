package org.mailspec.imap.steps;

import io.cucumber.datatable.DataTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads Gherkin tables as plain cells (no type registry needed, so step tests can build them). */
final class Tables {
    private Tables() {
    }

    /** The first cell of every row. */
    static List<String> column(DataTable t) {
        return t.cells().stream().filter(r -> !r.isEmpty()).map(r -> r.get(0) == null ? "" : r.get(0)).toList();
    }

    /** Rows after the header row, as header -> cell (null cells become ""). */
    static List<Map<String, String>> rows(DataTable t) {
        List<List<String>> cells = t.cells();
        List<Map<String, String>> out = new ArrayList<>();
        if (cells.isEmpty()) {
            return out;
        }
        List<String> header = cells.get(0);
        for (List<String> row : cells.subList(1, cells.size())) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), i < row.size() && row.get(i) != null ? row.get(i) : "");
            }
            out.add(m);
        }
        return out;
    }
}
