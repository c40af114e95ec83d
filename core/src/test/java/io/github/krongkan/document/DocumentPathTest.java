package io.github.krongkan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentPathTest {
    @Test
    void theRootIsTheEmptyPointer() {
        assertThat(DocumentPath.root()).hasToString("");
        assertThat(DocumentPath.root().isRoot()).isTrue();
        assertThat(DocumentPath.root().segments()).isEmpty();
        assertThat(DocumentPath.parse("")).isSameAs(DocumentPath.root());
    }

    @Test
    void fieldsAndIndexesMakeAPointer() {
        DocumentPath path = DocumentPath.root()
                .field(Fields.BUDGET)
                .field(Fields.ACTIVITIES)
                .index(0)
                .field(Fields.LINES)
                .index(12)
                .field(Fields.STATED_AMOUNT);
        assertThat(path).hasToString("/budget/activities/0/lines/12/statedAmount");
        assertThat(path.segments()).containsExactly("budget", "activities", "0", "lines", "12", "statedAmount");
        assertThat(path.isRoot()).isFalse();
        assertThat(DocumentPath.parse(path.toString())).isEqualTo(path).hasSameHashCodeAs(path);
    }

    @Test
    void tildeAndSlashAreEscapedAsRfc6901Says() {
        assertThat(DocumentPath.root().field("a/b")).hasToString("/a~1b");
        assertThat(DocumentPath.root().field("m~n")).hasToString("/m~0n");
        assertThat(DocumentPath.root().field("~1")).hasToString("/~01");
        assertThat(DocumentPath.root().field("")).hasToString("/");
        assertThat(DocumentPath.parse("/a~1b/m~0n/~01").segments()).containsExactly("a/b", "m~n", "~1");
        assertThat(DocumentPath.parse("//").segments()).containsExactly("", "");
        assertThat(DocumentPath.parse("/ก~1ข")).isEqualTo(DocumentPath.root().field("ก/ข"));
    }

    @Test
    void parentAndStartsWith() {
        DocumentPath risk = DocumentPath.root().field(Fields.RISKS).index(2);
        DocumentPath level = risk.field(Fields.INHERENT).field(Fields.STATED_LEVEL);
        assertThat(level.parent().parent()).isEqualTo(risk);
        assertThat(DocumentPath.root().field("a/b").parent()).isEqualTo(DocumentPath.root());
        assertThat(level.startsWith(risk)).isTrue();
        assertThat(level.startsWith(DocumentPath.root())).isTrue();
        assertThat(risk.startsWith(level)).isFalse();
        assertThat(DocumentPath.parse("/risks/20").startsWith(risk)).isFalse();
        assertThatThrownBy(() -> DocumentPath.root().parent())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("root");
    }

    @Test
    void malformedPointersAreRefusedSayingWhy() {
        assertThatThrownBy(() -> DocumentPath.parse("risks/0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("starts with '/'")
                .hasMessageContaining("risks/0");
        assertThatThrownBy(() -> DocumentPath.parse("/a~2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'~' must be followed by 0 or 1")
                .hasMessageContaining("/a~2");
        assertThatThrownBy(() -> DocumentPath.parse("/a~"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'~'");
        assertThatThrownBy(() -> DocumentPath.root().index(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> DocumentPath.parse(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> DocumentPath.root().field(null)).isInstanceOf(NullPointerException.class);
    }
}
