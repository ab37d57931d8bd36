package org.mailspec.imap.steps;

import static org.mailspec.imap.steps.Scripted.holds;
import static org.mailspec.imap.steps.Scripted.violates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.testing.NegativeControl;

/** Negative controls for the UID assertions: recorded UIDs, UIDVALIDITY, UIDNEXT, reuse after DELETE. */
@Timeout(20)
class UidStepsTest {

    @Test
    @NegativeControl({"UidSteps#uidRecorded", "UidSteps#uidsAscending"})
    void uidsAreJudged() {
        try (Scripted s = Scripted.selected("* 1 FETCH (UID 11)\n* 2 FETCH (UID 13)\n* 3 FETCH (UID 12)\n{tag} OK done")) {
            s.send("FETCH 1:* UID");
            holds(() -> s.uids.uidRecorded(1));
            violates(() -> s.uids.uidRecorded(2));
            violates(s.uids::uidsAscending);
        }
        try (Scripted s = Scripted.selected("* 1 FETCH (UID 11)\n* 2 FETCH (UID 12)\n* 3 FETCH (UID 13)\n{tag} OK done")) {
            s.send("FETCH 1:* UID");
            holds(s.uids::uidsAscending);
        }
    }

    @Test
    @NegativeControl("UidSteps#uidValidityUnchanged")
    void uidValidityIsJudged() {
        try (Scripted s = Scripted.start("SELECT .*", "* OK [UIDVALIDITY 7] v\n{tag} OK done",
                "EXAMINE .*", "* OK [UIDVALIDITY 8] v\n{tag} OK done").loggedIn()) {
            s.alias("Work", "Work").send("SELECT $Work").send("EXAMINE $Work");
            violates(() -> s.uids.uidValidityUnchanged("$Work"));
        }
        try (Scripted s = Scripted.start("SELECT .*", "* OK [UIDVALIDITY 7] v\n{tag} OK done",
                "STATUS .*", "* STATUS Work (UIDVALIDITY 7)\n{tag} OK done").loggedIn()) {
            s.alias("Work", "Work").send("SELECT $Work").send("STATUS $Work (UIDVALIDITY)");
            holds(() -> s.uids.uidValidityUnchanged("$Work"));
        }
    }

    @Test
    @NegativeControl("UidSteps#uidsNotReused")
    void uidReuseIsJudged() {
        // the old instance had UIDs 11..13 under UIDVALIDITY 7; the new one reuses UID 1 under the same UIDVALIDITY
        try (Scripted s = Scripted.start("SELECT .*", "* OK [UIDVALIDITY 7] v\n{tag} OK done", "DELETE .*", "{tag} OK done",
                "FETCH .*", "* 1 FETCH (UID 1)\n{tag} OK done").loggedIn()) {
            s.alias("Work", "Work").seeded("Work", "plain", 11, "plain", 12, "plain", 13);
            s.send("SELECT $Work").send("DELETE $Work").send("SELECT $Work").send("FETCH 1 UID");
            violates(() -> s.uids.uidsNotReused("$Work"));
        }
        try (Scripted s = Scripted.start("SELECT .*", "* OK [UIDVALIDITY 7] v\n{tag} OK done", "DELETE .*", "{tag} OK done",
                "FETCH .*", "* 1 FETCH (UID 14)\n{tag} OK done").loggedIn()) {
            s.alias("Work", "Work").seeded("Work", "plain", 11, "plain", 12, "plain", 13);
            s.send("SELECT $Work").send("DELETE $Work").send("SELECT $Work").send("FETCH 1 UID");
            holds(() -> s.uids.uidsNotReused("$Work"));
        }
    }

    @Test
    @NegativeControl("UidSteps#uidNextAbove")
    void uidNextIsJudged() {
        try (Scripted s = Scripted.start("SELECT .*", "* OK [UIDNEXT 12] n\n{tag} OK done",
                "FETCH .*", "* 1 FETCH (UID 11)\n* 2 FETCH (UID 12)\n{tag} OK done").loggedIn()) {
            s.alias("Work", "Work").send("SELECT $Work").send("FETCH 1:* UID");
            violates(() -> s.uids.uidNextAbove("$Work"));
        }
        try (Scripted s = Scripted.start("SELECT .*", "* OK [UIDNEXT 13] n\n{tag} OK done",
                "FETCH .*", "* 1 FETCH (UID 11)\n* 2 FETCH (UID 12)\n{tag} OK done").loggedIn()) {
            s.alias("Work", "Work").send("SELECT $Work").send("FETCH 1:* UID");
            holds(() -> s.uids.uidNextAbove("$Work"));
        }
    }
}
