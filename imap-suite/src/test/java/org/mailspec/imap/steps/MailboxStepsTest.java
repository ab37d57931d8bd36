package org.mailspec.imap.steps;

import static org.mailspec.imap.steps.Scripted.holds;
import static org.mailspec.imap.steps.Scripted.violates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.testing.NegativeControl;

@Timeout(20)
class MailboxStepsTest {

    @Test
    @NegativeControl({"MailboxSteps#doesNotExist", "MailboxSteps#isListed"})
    void sideListingIsJudged() {
        try (Scripted s = Scripted.start("LIST \"\" \"Work\"", "* LIST () \"/\" Work\n{tag} OK done",
                "LIST \"\" \"Gone\"", "{tag} OK done").loggedIn()) {
            s.alias("Work", "Work").alias("Gone", "Gone").send("NOOP");
            violates(() -> s.mailboxes.doesNotExist("$Work"));
            holds(() -> s.mailboxes.isListed("$Work"));
            holds(() -> s.mailboxes.doesNotExist("$Gone"));
            violates(() -> s.mailboxes.isListed("$Gone"));
        }
    }

    @Test
    @NegativeControl("MailboxSteps#holds")
    void messageCountIsJudged() {
        try (Scripted s = Scripted.start("STATUS .*", "* STATUS Work (MESSAGES 2)\n{tag} OK done").loggedIn()) {
            s.alias("Work", "Work").send("NOOP");
            holds(() -> s.mailboxes.holds("$Work", 2));
            violates(() -> s.mailboxes.holds("$Work", 1));
        }
    }

    @Test
    @NegativeControl("MailboxSteps#holds")
    void aCountOfAnotherMailboxIsNoCountOfThisOne() {
        // RFC 9051 7.3.3: the STATUS response names the mailbox asked for; one for another mailbox, with the
        // count asked, is not this mailbox's count
        try (Scripted s = Scripted.start("STATUS .*", "* STATUS Other (MESSAGES 2)\n{tag} OK done").loggedIn()) {
            s.alias("Work", "Work").send("NOOP");
            violates(() -> s.mailboxes.holds("$Work", 2));
        }
    }

    @Test
    @NegativeControl({"MailboxSteps#sideHasFlag", "MailboxSteps#sideHasNoFlag"})
    void sideFlagsAreJudged() {
        try (Scripted s = Scripted.start("EXAMINE .*", "* 1 EXISTS\n{tag} OK [READ-ONLY] done",
                "FETCH 1 \\(FLAGS\\)", "* 1 FETCH (FLAGS (\\Seen))\n{tag} OK done").loggedIn()) {
            s.alias("Work", "Work").send("NOOP");
            holds(() -> s.mailboxes.sideHasFlag(1, "$Work", "\\Seen"));
            violates(() -> s.mailboxes.sideHasFlag(1, "$Work", "\\Flagged"));
            holds(() -> s.mailboxes.sideHasNoFlag(1, "$Work", "\\Flagged"));
            violates(() -> s.mailboxes.sideHasNoFlag(1, "$Work", "\\Seen"));
        }
    }

    @Test
    @NegativeControl({"MailboxSteps#lists", "MailboxSteps#doesNotList"})
    void listingIsJudged() {
        try (Scripted s = Scripted.start("LIST .*", "* LIST (\\HasNoChildren) \"/\" Work\n{tag} OK done").loggedIn()) {
            s.alias("Work", "Work").alias("Other", "Other").send("LIST \"\" *");
            holds(() -> s.mailboxes.lists("$Work"));
            violates(() -> s.mailboxes.lists("$Other"));
            holds(() -> s.mailboxes.doesNotList("$Other"));
            violates(() -> s.mailboxes.doesNotList("$Work"));
            violates(() -> s.mailboxes.lists("INBOX"));
        }
    }

    @Test
    @NegativeControl({"MailboxSteps#listsWith", "MailboxSteps#listsWithout"})
    void attributesAreJudged() {
        try (Scripted s = Scripted.start("LIST .*", "* LIST (\\HasNoChildren) \"/\" Parent\n* LIST () \"/\" Parent/Child\n{tag} OK done")
                .loggedIn()) {
            s.alias("Parent", "Parent").alias("Child", "Parent/Child").send("LIST \"\" *");
            violates(() -> s.mailboxes.listsWith("$Parent", "\\HasChildren"));
            holds(() -> s.mailboxes.listsWithout("$Child", "\\HasChildren"));
            violates(() -> s.mailboxes.listsWithout("$Parent", "\\HasNoChildren"));
            holds(() -> s.mailboxes.listsWith("$Parent", "\\hasnochildren"));
        }
    }

    @Test
    @NegativeControl({"MailboxSteps#listsModifiedUtf7", "MailboxSteps#listsUtf8"})
    void nameEncodingsAreJudged() {
        try (Scripted s = Scripted.start("LIST .*", "* LIST () \"/\" \"Entw&APw-rfe\"\n{tag} OK done").loggedIn()) {
            s.alias("Intl", "Entwürfe").send("LIST \"\" *");
            holds(() -> s.mailboxes.listsModifiedUtf7("$Intl"));
            violates(() -> s.mailboxes.listsUtf8("$Intl"));
        }
        try (Scripted s = Scripted.start("LIST .*", "* LIST () \"/\" \"Entwürfe\"\n{tag} OK done").loggedIn()) {
            s.alias("Intl", "Entwürfe").send("LIST \"\" *");
            violates(() -> s.mailboxes.listsModifiedUtf7("$Intl"));
            holds(() -> s.mailboxes.listsUtf8("$Intl"));
        }
    }

    @Test
    @NegativeControl("MailboxSteps#listsDelimiter")
    void delimiterIsJudged() {
        try (Scripted s = Scripted.start("LIST \"\" \"\"", "* LIST (\\Noselect) \"//\" \"\"\n{tag} OK done").loggedIn()) {
            s.send("LIST \"\" \"\"");
            violates(s.mailboxes::listsDelimiter);
        }
        try (Scripted s = Scripted.start("LIST \"\" \"\"", "{tag} OK done").loggedIn()) {
            s.send("LIST \"\" \"\"");
            violates(s.mailboxes::listsDelimiter);
        }
        try (Scripted s = Scripted.start("LIST \"\" \"\"", "* LIST (\\Noselect) \"/\" \"\"\n{tag} OK done").loggedIn()) {
            s.send("LIST \"\" \"\"");
            holds(s.mailboxes::listsDelimiter);
        }        // the root "MAY be the empty string" (RFC 9051 6.3.9): a root of its own is allowed too
        try (Scripted s = Scripted.start("LIST \"\" \"\"", "* LIST (\\Noselect) \".\" INBOX\n{tag} OK done").loggedIn()) {
            s.send("LIST \"\" \"\"");
            holds(s.mailboxes::listsDelimiter);
        }
    }

    @Test
    @NegativeControl("MailboxSteps#everyListSpecialUse")
    void specialUseIsJudged() {
        try (Scripted s = Scripted.start("LIST .*", "* LIST (\\Sent) \"/\" Sent\n* LIST () \"/\" Other\n{tag} OK done").loggedIn()) {
            s.send("LIST (SPECIAL-USE) \"\" *");
            violates(s.mailboxes::everyListSpecialUse);
        }
        try (Scripted s = Scripted.start("LIST .*", "* LIST (\\Sent \\HasNoChildren) \"/\" Sent\n{tag} OK done").loggedIn()) {
            s.send("LIST (SPECIAL-USE) \"\" *");
            holds(s.mailboxes::everyListSpecialUse);
        }
    }

    @Test
    @NegativeControl("MailboxSteps#personalNamespaceHoldsInbox")
    void namespaceWithoutAPersonalNamespaceFails() {
        for (String wrong : new String[] {"* NAMESPACE NIL NIL ((\"#shared/\" \"/\"))", "* NAMESPACE ((\"#mh/\" \"/\")) NIL NIL",
            "* NAMESPACE NIL ((\"~\" \"/\")) NIL", ""}) {
            try (Scripted s = Scripted.start("NAMESPACE", (wrong.isEmpty() ? "" : wrong + "\n") + "{tag} OK done").loggedIn()) {
                s.send("NAMESPACE");
                violates(s.mailboxes::personalNamespaceHoldsInbox);
            }
        }
        for (String right : new String[] {"* NAMESPACE ((\"INBOX.\" \".\")) NIL NIL", "* NAMESPACE ((\"\" \"/\")) NIL NIL",
            "* NAMESPACE ((\"#mh/\" \"/\")(\"\" \"/\")) ((\"~\" \"/\")) ((\"#shared/\" \"/\"))"}) {
            try (Scripted s = Scripted.start("NAMESPACE", right + "\n{tag} OK done").loggedIn()) {
                s.send("NAMESPACE");
                holds(s.mailboxes::personalNamespaceHoldsInbox);
            }
        }
    }
}
