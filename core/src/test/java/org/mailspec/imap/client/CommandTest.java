package org.mailspec.imap.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mailspec.imap.Command;
import org.mailspec.imap.LiteralMode;
import org.mailspec.imap.Tag;

class CommandTest {

    @Test
    void stringsBecomeAtomsQuotedStringsOrLiterals() {
        Command c = Command.of("LOGIN").string("alice").string("a \"b\" \\c");
        assertThat(c.parts()).containsExactly(new Command.Text("alice"), new Command.Text("\"a \\\"b\\\" \\\\c\""));
        Command l = Command.of("LOGIN").string("").string("line\r\nbreak").string("caf\u00e9");
        assertThat(l.parts().get(0)).isEqualTo(new Command.Text("\"\""));
        assertThat(l.parts().get(1)).isInstanceOfSatisfying(Command.Literal.class, x -> {
            assertThat(x.size()).isEqualTo(11);
            assertThat(x.mode()).isEqualTo(LiteralMode.AUTO);
        });
        assertThat(l.parts().get(2)).isInstanceOfSatisfying(Command.Literal.class,
                x -> assertThat(x.data()).isEqualTo("caf\u00e9".getBytes(StandardCharsets.UTF_8)));
        assertThat(Command.of("SELECT").string("INBOX]x").parts()).containsExactly(new Command.Text("INBOX]x"));
    }

    @Test
    void describeHidesSecretsAndShowsLiteralSizes() {
        assertThat(Command.of("LOGIN").string("alice").string("s3cret").describe()).isEqualTo("LOGIN alice ***");
        assertThat(Command.of("AUTHENTICATE").atom("PLAIN").atom("AGFsaWNl").describe()).isEqualTo("AUTHENTICATE PLAIN ***");
        assertThat(Command.of("APPEND").atom("INBOX").literal(new byte[7]).literal8(new byte[2], LiteralMode.SYNC).describe())
                .isEqualTo("APPEND INBOX {7} ~{2}");
    }

    @Test
    void aLineIsSplitIntoNameAndVerbatimRest() {
        Command c = Command.line("UID FETCH 1:* (FLAGS)");
        assertThat(c.name()).isEqualTo("UID");
        assertThat(c.parts()).containsExactly(new Command.Text("FETCH 1:* (FLAGS)"));
        assertThatThrownBy(() -> Command.line("  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void atomsTextAndQuotedStringsRefuseWhatTheyCannotCarry() {
        assertThatThrownBy(() -> Command.of("SE LECT")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Command.of("X").atom("a(b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Command.of("X").raw("a\r\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Command.of("X").quoted("a\nb")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tagsAreAstringCharsButPlus() {
        assertThat(new Tag("A001").value()).isEqualTo("A001");
        assertThat(new Tag("a]1").value()).isEqualTo("a]1");
        assertThatThrownBy(() -> new Tag("A+1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tag("*")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tag("")).isInstanceOf(IllegalArgumentException.class);
        Tag.Generator g = new Tag.Generator("A");
        assertThat(g.next().value()).isEqualTo("A001");
        assertThat(g.next().value()).isEqualTo("A002");
    }
}
