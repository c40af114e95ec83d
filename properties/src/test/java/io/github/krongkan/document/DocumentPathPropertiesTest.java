package io.github.krongkan.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.krongkan.testkit.Gen;
import io.github.krongkan.testkit.Property;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of {@link DocumentPath}: pointers read back as they were built. */
class DocumentPathPropertiesTest {
    private static final int EXAMPLES = 1000;

    /** A field name and an index under it. */
    private record Indexed(int index, String name) {}

    /** Texts of 0 to {@code maxLength} code points from {@code first} to {@code last}, both included. */
    private static Gen<String> strings(int first, int last, int maxLength) {
        return (random, size) -> {
            int length = random.nextInt(0, maxLength + 1);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(random.nextInt(first, last + 1));
            }
            return text.toString();
        };
    }

    @Test
    void aBuiltPathReadsBackFromItsPointer() {
        // Code points '.' to '~' hold '/', '~', '0' and '1', so escapes are drawn often.
        Gen<String> segment = strings('.', '~', 4);
        Gen<List<String>> lists = (random, size) -> {
            int length = random.nextInt(0, 7);
            List<String> list = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                list.add(segment.next(random, size));
            }
            return list;
        };
        Property.forAll(lists).examples(EXAMPLES).check(names -> {
            DocumentPath path = DocumentPath.root();
            for (String name : names) {
                path = path.field(name);
            }
            DocumentPath back = DocumentPath.parse(path.toString());
            assertThat(back).isEqualTo(path);
            assertThat(back.segments()).isEqualTo(names);
            assertThat(back.toString()).isEqualTo(path.toString());
            assertThat(path.toString().replace("~0", "").replace("~1", "")).doesNotContain("~");
            assertThat(path.toString().chars().filter(c -> c == '/').count()).isEqualTo(names.size());
        });
    }

    @Test
    void indexesReadBackAsTheirDigits() {
        Gen<Integer> indexes = Gen.ints(0, Integer.MAX_VALUE);
        Gen<String> names = strings('.', '~', 3);
        Gen<Indexed> cases = (random, size) -> new Indexed(indexes.next(random, size), names.next(random, size));
        Property.forAll(cases).examples(EXAMPLES).check(c -> {
            int index = c.index();
            String name = c.name();
            DocumentPath path = DocumentPath.root().field(name).index(index);
            assertThat(DocumentPath.parse(path.toString()).segments())
                    .isEqualTo(List.of(name, Integer.toString(index)));
            assertThat(path.parent()).isEqualTo(DocumentPath.root().field(name));
        });
    }

    @Test
    void aWellFormedPointerReadsAndWritesBackUnchanged() {
        // Any text that starts with '/' and has no '~' is a pointer; '~' is kept only as ~0 or ~1.
        Property.forAll(strings('!', '}', 12)).examples(EXAMPLES).check(text -> {
            String pointer = "/" + text;
            assertThat(DocumentPath.parse(pointer)).hasToString(pointer);
        });
    }
}
