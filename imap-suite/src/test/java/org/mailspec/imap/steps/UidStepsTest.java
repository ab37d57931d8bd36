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
    @NegativeControl("UidSteps#uidsAscending")
    void uidsAscendingCoversEveryMessageOfTheMailbox() {
        // SELECT told of 3 messages; FETCH 1:* leaves message 2 out: what it shows ascends, the mailbox is not shown
        try (Scripted s = Scripted.selected("* 1 FETCH (UID 11)\n* 3 FETCH (UID 13)\n{tag} OK done")) {
            s.send("FETCH 1:* UID");
            violates(s.uids::uidsAscending);
        }
        // a fourth message arrives with the answer (EXISTS): it is judged too
        try (Scripted s = Scripted.selected("* 4 EXISTS\n* 1 FETCH (UID 11)\n* 2 FETCH (UID 12)\n* 3 FETCH (UID 13)\n"
                + "{tag} OK done")) {
            s.send("FETCH 1:* UID");
            violates(s.uids::uidsAscending);
        }
        // one expunged since SELECT: the two left are every message
        try (Scripted s = Scripted.selected("* 2 EXPUNGE\n* 1 FETCH (UID 11)\n* 2 FETCH (UID 13)\n{tag} OK done")) {
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
        // seeded with UIDs 11, 12, 13; FETCH shows only message 1: UIDNEXT 13 is still not above every assigned UID
        try (Scripted s = Scripted.start("SELECT .*", "* 3 EXISTS\n* OK [UIDNEXT 13] n\n{tag} OK done",
                "FETCH .*", "* 1 FETCH (UID 11)\n{tag} OK done").loggedIn()) {
            s.alias("Work", "Work").seeded("Work", "plain", 11, "plain", 12, "plain", 13).send("SELECT $Work").send("FETCH 1:* UID");
            violates(() -> s.uids.uidNextAbove("$Work"));
        }
        try (Scripted s = Scripted.start("SELECT .*", "* 3 EXISTS\n* OK [UIDNEXT 14] n\n{tag} OK done",
                "FETCH .*", "* 1 FETCH (UID 11)\n* 2 FETCH (UID 12)\n* 3 FETCH (UID 13)\n{tag} OK done").loggedIn()) {
            s.alias("Work", "Work").seeded("Work", "plain", 11, "plain", 12, "plain", 13).send("SELECT $Work").send("FETCH 1:* UID");
            holds(() -> s.uids.uidNextAbove("$Work"));
        }
    }

    @Test
    @NegativeControl("UidSteps#uidNextAgrees")
    void uidNextOfStatusAndSelectIsCompared() {
        try (Scripted s = Scripted.start("STATUS .*", "* STATUS Work (UIDNEXT 12)\n{tag} OK done",
                "SELECT .*", "* OK [UIDNEXT 13] n\n{tag} OK done").loggedIn()) {
            s.alias("Work", "Work").send("STATUS $Work (UIDNEXT)").send("SELECT $Work");
            violates(() -> s.uids.uidNextAgrees("$Work"));
        }
        try (Scripted s = Scripted.start("STATUS .*", "* STATUS Work (UIDNEXT 13)\n{tag} OK done",
                "SELECT .*", "* OK [UIDNEXT 13] n\n{tag} OK done").loggedIn()) {
            s.alias("Work", "Work").send("STATUS $Work (UIDNEXT)").send("SELECT $Work");
            holds(() -> s.uids.uidNextAgrees("$Work"));
        }
    }

    @Test
    @NegativeControl("UidSteps#uidNextAboveRecorded")
    void uidNextBelowAnExistingUidIsCaught() {
        // the seeded messages have UIDs 11, 12, 13: a UIDNEXT of 13 is below an existing UID
        try (Scripted s = Scripted.start("STATUS .*", "* STATUS Work (UIDNEXT 13)\n{tag} OK done").loggedIn()) {
            s.alias("Work", "Work").seeded("Work", "plain", 11, "plain", 12, "plain", 13).send("STATUS $Work (UIDNEXT)");
            violates(() -> s.uids.uidNextAboveRecorded("$Work"));
        }
        try (Scripted s = Scripted.start("STATUS .*", "* STATUS Work (UIDNEXT 14)\n{tag} OK done").loggedIn()) {
            s.alias("Work", "Work").seeded("Work", "plain", 11, "plain", 12, "plain", 13).send("STATUS $Work (UIDNEXT)");
            holds(() -> s.uids.uidNextAboveRecorded("$Work"));
        }
    }

    /** Another session sees $Work with UIDVALIDITY 7 and messages of UIDs 11, 12, 13. */
    private static final String[] SIDE_VIEW = {"EXAMINE .*", "* 3 EXISTS\n* OK [UIDVALIDITY 7] v\n{tag} OK [READ-ONLY] done",
        "FETCH 1:\\* \\(UID\\)", "* 1 FETCH (UID 11)\n* 2 FETCH (UID 12)\n* 3 FETCH (UID 13)\n{tag} OK done"};

    private static Scripted appendAnswered(String answer) {
        return Scripted.start(SIDE_VIEW[0], SIDE_VIEW[1], SIDE_VIEW[2], SIDE_VIEW[3], "APPEND .*", answer).loggedIn();
    }

    @Test
    @NegativeControl("UidSteps#appendUidValues")
    void appendUidValuesAreJudged() {
        // a sequence number where the UID belongs, then a wrong UIDVALIDITY, then the right values
        for (String wrong : new String[] {"{tag} OK [APPENDUID 7 3] done", "{tag} OK [APPENDUID 8 13] done"}) {
            try (Scripted s = appendAnswered(wrong)) {
                s.alias("Work", "Work").send("APPEND $Work <literal:x>");
                violates(() -> s.uids.appendUidValues("$Work", 3));
            }
        }
        try (Scripted s = appendAnswered("{tag} OK [APPENDUID 7 13] done")) {
            s.alias("Work", "Work").send("APPEND $Work <literal:x>");
            holds(() -> s.uids.appendUidValues("$Work", 3));
        }
    }

    private static Scripted copyAnswered(String answer) {
        Scripted s = Scripted.start(SIDE_VIEW[0], SIDE_VIEW[1], SIDE_VIEW[2], SIDE_VIEW[3], Scripted.SELECT, Scripted.SELECTED,
                "(UID )?(COPY|MOVE) .*", answer);
        s.alias("Work", "Work").alias("Dest", "Dest").seeded("Work", "plain", 21, "plain", 22, "plain", 23)
                .loggedIn().send("SELECT $Work");
        return s;
    }

    @Test
    @NegativeControl("UidSteps#copyUidValues")
    void copyUidValuesAreJudged() {
        // messages 1 and 2 of $Work (UIDs 21, 22) became UIDs 12 and 13 of $Dest (UIDVALIDITY 7)
        for (String wrong : new String[] {"{tag} OK [COPYUID 7 1:2 12:13] done", "{tag} OK [COPYUID 7 21:22 2:3] done",
            "{tag} OK [COPYUID 9 21:22 12:13] done", "{tag} OK done"}) {
            try (Scripted s = copyAnswered(wrong)) {
                s.send("COPY 1:2 $Dest");
                violates(() -> s.uids.copyUidValues(java.util.List.of(1, 2), "$Dest"));
            }
        }
        try (Scripted s = copyAnswered("{tag} OK [COPYUID 7 21:22 12:13] done")) {
            s.send("COPY 1:2 $Dest");
            holds(() -> s.uids.copyUidValues(java.util.List.of(1, 2), "$Dest"));
        }
        // MOVE: the code arrives in an untagged OK before the EXPUNGEs (RFC 6851 4.3)
        try (Scripted s = copyAnswered("* OK [COPYUID 7 21 13] moved\n* 1 EXPUNGE\n{tag} OK done")) {
            s.send("UID MOVE 21 $Dest");
            holds(() -> s.uids.copyUidValues(java.util.List.of(1), "$Dest"));
        }
    }
}
