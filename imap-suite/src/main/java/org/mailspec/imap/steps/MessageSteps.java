package org.mailspec.imap.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mailspec.fixture.TestMessage;
import org.mailspec.run.HarnessError;

/** Seeding messages from the fixture corpus or from a table of header fields. */
public final class MessageSteps {

    private final Seeds seeds;
    private final org.mailspec.run.SuiteContext context;

    public MessageSteps(Seeds seeds, org.mailspec.run.SuiteContext context) {
        this.seeds = seeds;
        this.context = context;
    }

    @Given("the mailbox {mailbox} holds {int} {fixture} message(s)")
    public void holds(String mailbox, int count, String fixture) {
        List<Seeds.SeedMessage> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new Seeds.SeedMessage(fixture, seeds.newFixture(fixture).bytes(), "", null));
        }
        seeds.seed(mailbox, list);
    }

    @Given("the mailbox {mailbox} holds the messages:")
    public void holdsTable(String mailbox, DataTable table) {
        List<Seeds.SeedMessage> list = new ArrayList<>();
        for (Map<String, String> row : Tables.rows(table)) {
            String fixture = row.get("fixture");
            if (fixture == null) {
                throw new HarnessError("harness defect: a messages table needs a 'fixture' column");
            }
            String flags = row.getOrDefault("flags", "");
            String date = row.get("date");
            list.add(new Seeds.SeedMessage(fixture.strip(), seeds.newFixture(fixture.strip()).bytes(),
                    flags == null ? "" : flags, date == null || date.isBlank() ? null : date.strip()));
        }
        seeds.seed(mailbox, list);
    }

    @Given("the mailbox {mailbox} holds a message with:")
    public void holdsMessage(String mailbox, DataTable table) {
        TestMessage.Builder b = TestMessage.builder(context.runId());
        String flags = "";
        String internalDate = null;
        for (List<String> row : table.cells()) {
            if (row.size() != 2) {
                throw new HarnessError("harness defect: a message table has two columns, field and value");
            }
            String field = row.get(0).strip();
            String value = row.get(1) == null ? "" : row.get(1).strip();
            switch (field.toLowerCase(Locale.ROOT)) {
                case "from" -> b.from(value);
                case "to" -> b.to(value);
                case "cc" -> b.cc(value);
                case "subject" -> b.subject(value);
                case "date" -> b.date(value);
                case "message-id" -> b.messageId(value);
                case "body" -> b.body(ParameterTypes.unescape(value));
                case "flags" -> flags = value;
                case "internal date" -> internalDate = value;
                default -> b.header(field, value);
            }
        }
        seeds.seed(mailbox, List.of(new Seeds.SeedMessage("built", b.build().bytes(), flags, internalDate)));
    }
}
