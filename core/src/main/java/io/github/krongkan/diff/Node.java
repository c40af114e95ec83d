package io.github.krongkan.diff;

import io.github.krongkan.document.DocumentPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How one kind of value of the document is compared: as a whole ({@link #whole()}), member by
 * member ({@link #object()}), or, for a list, item by item matched by a key ({@link #list}).
 *
 * @param <T> the type of the value
 */
@FunctionalInterface
interface Node<T> {
    /**
     * Adds the changes between two values to {@code out}.
     *
     * @param beforeAt where the old value is in the old document
     * @param afterAt  where the new value is in the new document
     */
    void diff(DocumentPath beforeAt, DocumentPath afterAt, T before, T after, List<Change> out);

    /** A value compared as a whole: one change when it differs. */
    static <T> Node<T> whole() {
        return (beforeAt, afterAt, before, after, out) -> {
            if (!before.equals(after)) {
                out.add(Change.changed(beforeAt, afterAt, before, after));
            }
        };
    }

    /** An object compared member by member; add its members with the methods of the result. */
    static <T> ObjectNode<T> object() {
        return new ObjectNode<>();
    }

    /**
     * A list whose items are matched by {@code key}; where an item of either list has no key or
     * two items share one, the items are matched by their index instead.
     */
    static <T> Node<List<T>> list(Function<T, Optional<String>> key, Node<T> item) {
        return (beforeAt, afterAt, before, after, out) -> {
            Optional<List<String>> beforeKeys = keys(before, key);
            Optional<List<String>> afterKeys = keys(after, key);
            if (beforeKeys.isPresent() && afterKeys.isPresent()) {
                keyed(beforeAt, afterAt, before, after, beforeKeys.get(), afterKeys.get(), item, out);
            } else {
                byIndex(beforeAt, afterAt, before, after, item, out);
            }
        };
    }

    private static <T> Optional<List<String>> keys(List<T> items, Function<T, Optional<String>> key) {
        List<String> keys = new ArrayList<>(items.size());
        Set<String> seen = new HashSet<>();
        for (T t : items) {
            Optional<String> k = key.apply(t);
            if (k.isEmpty() || !seen.add(k.get())) {
                return Optional.empty();
            }
            keys.add(k.get());
        }
        return Optional.of(keys);
    }

    private static <T> void keyed(
            DocumentPath beforeAt,
            DocumentPath afterAt,
            List<T> before,
            List<T> after,
            List<String> beforeKeys,
            List<String> afterKeys,
            Node<T> item,
            List<Change> out) {
        Map<String, Integer> afterIndex = new HashMap<>();
        for (int j = 0; j < afterKeys.size(); j++) {
            afterIndex.put(afterKeys.get(j), j);
        }
        Set<String> beforeSet = new HashSet<>(beforeKeys);
        for (int i = 0; i < before.size(); i++) {
            Integer j = afterIndex.get(beforeKeys.get(i));
            if (j == null) {
                out.add(Change.removed(beforeAt.index(i), before.get(i)));
            } else {
                item.diff(beforeAt.index(i), afterAt.index(j), before.get(i), after.get(j), out);
            }
        }
        for (int j = 0; j < after.size(); j++) {
            if (!beforeSet.contains(afterKeys.get(j))) {
                out.add(Change.added(afterAt.index(j), after.get(j)));
            }
        }
        List<String> keptBefore =
                beforeKeys.stream().filter(afterIndex::containsKey).toList();
        List<String> keptAfter = afterKeys.stream().filter(beforeSet::contains).toList();
        if (!keptBefore.equals(keptAfter)) {
            out.add(Change.changed(beforeAt, afterAt, keptBefore, keptAfter));
        }
    }

    private static <T> void byIndex(
            DocumentPath beforeAt,
            DocumentPath afterAt,
            List<T> before,
            List<T> after,
            Node<T> item,
            List<Change> out) {
        int common = Math.min(before.size(), after.size());
        for (int i = 0; i < common; i++) {
            item.diff(beforeAt.index(i), afterAt.index(i), before.get(i), after.get(i), out);
        }
        for (int i = common; i < before.size(); i++) {
            out.add(Change.removed(beforeAt.index(i), before.get(i)));
        }
        for (int j = common; j < after.size(); j++) {
            out.add(Change.added(afterAt.index(j), after.get(j)));
        }
    }

    /**
     * An object compared member by member. Members are named by their JSON names; an optional
     * member that appears or disappears is one added or removed change, a list member that becomes
     * empty or stops being empty likewise (the JSON format leaves out empty lists).
     *
     * @param <T> the type of the object
     */
    final class ObjectNode<T> implements Node<T> {
        private final List<Node<T>> members = new ArrayList<>();

        /** A required member. */
        <V> ObjectNode<T> value(String name, Function<T, V> get, Node<V> node) {
            members.add((beforeAt, afterAt, before, after, out) ->
                    node.diff(beforeAt.field(name), afterAt.field(name), get.apply(before), get.apply(after), out));
            return this;
        }

        /** A required member compared as a whole. */
        <V> ObjectNode<T> value(String name, Function<T, V> get) {
            return value(name, get, Node.whole());
        }

        /** An optional member. */
        <V> ObjectNode<T> optional(String name, Function<T, Optional<V>> get, Node<V> node) {
            members.add((beforeAt, afterAt, before, after, out) -> {
                Optional<V> b = get.apply(before);
                Optional<V> a = get.apply(after);
                if (b.isPresent() && a.isPresent()) {
                    node.diff(beforeAt.field(name), afterAt.field(name), b.get(), a.get(), out);
                } else if (b.isPresent()) {
                    out.add(Change.removed(beforeAt.field(name), b.get()));
                } else if (a.isPresent()) {
                    out.add(Change.added(afterAt.field(name), a.get()));
                }
            });
            return this;
        }

        /** An optional member compared as a whole. */
        <V> ObjectNode<T> optional(String name, Function<T, Optional<V>> get) {
            return optional(name, get, Node.whole());
        }

        /** A list member (left out of the JSON when empty) compared by {@code node}. */
        <V> ObjectNode<T> list(String name, Function<T, List<V>> get, Node<List<V>> node) {
            return optional(
                    name,
                    t -> {
                        List<V> list = get.apply(t);
                        return list.isEmpty() ? Optional.empty() : Optional.of(list);
                    },
                    node);
        }

        /** A list member compared as a whole. */
        <V> ObjectNode<T> list(String name, Function<T, List<V>> get) {
            return list(name, get, Node.whole());
        }

        /** A map member (left out of the JSON when empty) compared as a whole. */
        <K, V> ObjectNode<T> map(String name, Function<T, Map<K, V>> get) {
            return optional(name, t -> {
                Map<K, V> map = get.apply(t);
                return map.isEmpty() ? Optional.empty() : Optional.of(map);
            });
        }

        @Override
        public void diff(DocumentPath beforeAt, DocumentPath afterAt, T before, T after, List<Change> out) {
            if (Objects.equals(before, after)) {
                return;
            }
            for (Node<T> member : members) {
                member.diff(beforeAt, afterAt, before, after, out);
            }
        }
    }
}
