package org.mailspec.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;

/**
 * {@code matrix.json}: the matrix for tools, in a fixed field order (report.json's layout).
 *
 * <pre>
 * {"matrixVersion": 1,
 *  "columns": [{"label", "source", "run", "target", "summary", "gate": {"passed", "newFailures"}, "stopped"}],
 *  "differing": 3,
 *  "diff": null | {"before": 0, "after": 1, "newFailures": 1, "fixed": 0, "changed": 2, "added": 0, "removed": 0},
 *  "scenarios": [{"id", "name", "protocol", "feature", "command", "rfc", "level", "differs",
 *                 "failingAnywhere", "change": null | "new-failure" | "fixed" | "changed" | "added" | "removed",
 *                 "cells": [{"verdict": "FAIL", "baselined": false, "baselineReason": null, "message": "…"}
 *                           | {"verdict": null, "notRun": "why"}]}]}
 * </pre>
 *
 * {@code run}, {@code target} (with each endpoint's greeting, capabilities and layout), {@code summary}
 * and {@code stopped} are as in report.json. Scenarios come in the matrix's order (by command, then RFC
 * section); {@code cells} has one entry per column.
 */
public final class MatrixJson {
    public static final int MATRIX_VERSION = 1;

    private MatrixJson() {
    }

    public static void write(Path file, Matrix matrix) {
        Files2.writeAtomically(file, toJson(matrix));
    }

    public static String toJson(Matrix m) {
        ObjectNode root = ReportJson.newObject();
        root.put("matrixVersion", MATRIX_VERSION);
        ArrayNode columns = root.putArray("columns");
        for (Matrix.Column c : m.columns()) {
            ObjectNode o = columns.addObject();
            o.put("label", c.label());
            o.put("source", c.source());
            ReportJson.run(o, c.report().run());
            ReportJson.target(o, c.report().target());
            ReportJson.summary(o, c.report().summary());
            ObjectNode gate = o.putObject("gate");
            gate.put("passed", c.gatePassed());
            gate.put("newFailures", c.newFailures());
            ReportJson.stopped(o, c.stops());
        }
        root.put("differing", m.differing().size());
        if (m.diff().isPresent()) {
            Matrix.Diff d = m.diff().get();
            Comparison c = d.comparison();
            ObjectNode o = root.putObject("diff");
            o.put("before", d.before());
            o.put("after", d.after());
            o.put("newFailures", c.newFailures().size());
            o.put("fixed", c.fixed().size());
            o.put("changed", c.changed().size());
            o.put("added", c.added().size());
            o.put("removed", c.removed().size());
        } else {
            root.putNull("diff");
        }
        ArrayNode scenarios = root.putArray("scenarios");
        for (Matrix.Row r : m.rows()) {
            ObjectNode o = scenarios.addObject();
            o.put("id", r.id());
            o.put("name", r.name());
            o.put("protocol", r.protocol());
            o.put("feature", r.feature());
            o.put("command", r.command());
            ArrayNode rfc = o.putArray("rfc");
            r.rfc().forEach(rfc::add);
            o.put("level", r.level());
            o.put("differs", r.differs());
            o.put("failingAnywhere", r.failingAnywhere());
            o.put("change", r.change().map(Matrix.Change::key).orElse(null));
            ArrayNode cells = o.putArray("cells");
            for (Matrix.Cell cell : r.cells()) {
                ObjectNode x = cells.addObject();
                if (cell instanceof Matrix.Ran ran) {
                    x.put("verdict", ran.verdict().name());
                    x.put("baselined", ran.baselined());
                    x.put("baselineReason", ran.baselineReason());
                    x.put("message", ran.message());
                } else if (cell instanceof Matrix.NotRun nr) {
                    x.putNull("verdict");
                    x.put("notRun", nr.why());
                }
            }
        }
        return ReportJson.pretty(root);
    }
}
