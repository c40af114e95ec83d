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
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * How one kind of value of the document is compared: as a whole ({@link #whole()}), member by
 * member ({@link #object}), or, for a list, item by item matched by a key ({@link #list}); and how
 * the changes found that way are applied to the old value to give the new one.
 *
 * @param <T> the type of the value
 */
interface Node<T> {
    /**
     * Adds the changes between two values to {@code out}.
     *
     * @param beforeAt where the old value is in the old document
     * @param afterAt  where the new value is in the new document
     */
    void diff(DocumentPath beforeAt, DocumentPath afterAt, T before, T after, List<Change> out);

    /**
     * The new value: {@code before} with the changes under {@code beforeAt} applied; {@code before}
     * itself (the same instance) when none applies to it.
     *
     * @param beforeAt where the old value is in the old document
     * @param afterAt  where the new value is in the new document
     * @throws DiffMismatchException when a change expects another old value
     */
    T apply(DocumentPath beforeAt, DocumentPath afterAt, T before, Changes changes);

    /**
     * Whether {@link #apply} gave back the old value itself: no change applied under it. Compares
     * instances, not values, on purpose: a value rebuilt from changes is new even where it equals
     * the old one.
     */
    static boolean untouched(Object applied, Object old) {
        return applied == old;
    }

    /** A value compared as a whole: one change when it differs. */
    static <T> Node<T> whole() {
        return new Node<>() {
            @Override
            public void diff(DocumentPath beforeAt, DocumentPath afterAt, T before, T after, List<Change> out) {
                if (!before.equals(after)) {
                    out.add(Change.changed(beforeAt, afterAt, before, after));
                }
            }

            @Override
            public T apply(DocumentPath beforeAt, DocumentPath afterAt, T before, Changes changes) {
                return changes.changes(beforeAt, afterAt, before)
                        .map(Changes::<T>after)
                        .orElse(before);
            }
        };
    }

    /**
     * An object compared member by member; add its members with the methods of the result.
     *
     * @param from  a builder holding the members of a value
     * @param build the value a builder holds
     * @param <T>   the type of the object
     * @param <B>   the type of its builder
     */
    static <T, B> ObjectNode<T, B> object(Function<T, B> from, Function<B, T> build) {
        return new ObjectNode<>(from, build);
    }

    /**
     * A list whose items are matched by {@code key}; where an item of either list has no key or
     * two items share one, the items are matched by their index instead.
     */
    static <T> Node<List<T>> list(Function<T, Optional<String>> key, Node<T> item) {
        return new ListNode<>(key, item);
    }

    /**
     * A list of items matched by key or by index.
     *
     * <p>Applying needs not know which of the two the diff used: in both, the items of the new
     * list are the kept items of the old one (those no change removes), in their old order or in
     * the order a change at the list's own pointer gives, with the added items at their indexes in
     * between.
     *
     * @param <T> the type of the items
     */
    final class ListNode<T> implements Node<List<T>> {
        private final Function<T, Optional<String>> key;
        private final Node<T> item;

        ListNode(Function<T, Optional<String>> key, Node<T> item) {
            this.key = key;
            this.item = item;
        }

        @Override
        public void diff(DocumentPath beforeAt, DocumentPath afterAt, List<T> before, List<T> after, List<Change> out) {
            Optional<List<String>> beforeKeys = keys(before);
            Optional<List<String>> afterKeys = keys(after);
            if (beforeKeys.isPresent() && afterKeys.isPresent()) {
                keyed(beforeAt, afterAt, before, after, beforeKeys.get(), afterKeys.get(), out);
            } else {
                byIndex(beforeAt, afterAt, before, after, out);
            }
        }

        private Optional<List<String>> keys(List<T> items) {
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

        private void keyed(
                DocumentPath beforeAt,
                DocumentPath afterAt,
                List<T> before,
                List<T> after,
                List<String> beforeKeys,
                List<String> afterKeys,
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
            List<String> keptAfter =
                    afterKeys.stream().filter(beforeSet::contains).toList();
            if (!keptBefore.equals(keptAfter)) {
                out.add(Change.changed(beforeAt, afterAt, keptBefore, keptAfter));
            }
        }

        private void byIndex(
                DocumentPath beforeAt, DocumentPath afterAt, List<T> before, List<T> after, List<Change> out) {
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

        @Override
        public List<T> apply(DocumentPath beforeAt, DocumentPath afterAt, List<T> before, Changes changes) {
            List<Integer> kept = new ArrayList<>(before.size());
            for (int i = 0; i < before.size(); i++) {
                if (!changes.removes(beforeAt.index(i), before.get(i))) {
                    kept.add(i);
                }
            }
            boolean changed = kept.size() != before.size();
            List<String> keptKeys = new ArrayList<>(kept.size());
            for (int i : kept) {
                key.apply(before.get(i)).ifPresent(keptKeys::add);
            }
            Optional<Change> order =
                    keptKeys.size() == kept.size() ? changes.changes(beforeAt, afterAt, keptKeys) : Optional.empty();
            if (order.isPresent()) {
                List<String> newOrder = Changes.after(order.get());
                if (newOrder.size() != keptKeys.size() || !new HashSet<>(newOrder).equals(new HashSet<>(keptKeys))) {
                    throw new DiffMismatchException(
                            beforeAt, "the new order " + newOrder + " is not an order of the kept items " + keptKeys);
                }
                List<Integer> reordered = new ArrayList<>(kept.size());
                for (String k : newOrder) {
                    reordered.add(kept.get(keptKeys.indexOf(k)));
                }
                kept = reordered;
                changed = true;
            }
            List<T> out = new ArrayList<>(kept.size());
            int next = 0;
            for (int j = 0; ; j++) {
                Optional<T> added = changes.added(afterAt.index(j));
                if (added.isPresent()) {
                    out.add(added.get());
                    changed = true;
                } else if (next < kept.size()) {
                    int i = kept.get(next++);
                    T old = before.get(i);
                    T applied = item.apply(beforeAt.index(i), afterAt.index(j), old, changes);
                    changed |= !untouched(applied, old);
                    out.add(applied);
                } else {
                    break;
                }
            }
            return changed ? List.copyOf(out) : before;
        }
    }

    /**
     * An object compared member by member. Members are named by their JSON names; an optional
     * member that appears or disappears is one added or removed change, a list member that becomes
     * empty or stops being empty likewise (the JSON format leaves out empty lists).
     *
     * <p>Each member has a setter on the object's builder. Applying sets every member, changed or
     * not, on a builder made from the old object, so that members the model derives from each
     * other (a target's quantity and its quantities, an indicator's type and its types) are set
     * as the diff compares them and the builder derives the rest as it did for the new object.
     *
     * @param <T> the type of the object
     * @param <B> the type of its builder
     */
    final class ObjectNode<T, B> implements Node<T> {
        private final Function<T, B> from;
        private final Function<B, T> build;
        private final List<Member<T, B>> members = new ArrayList<>();

        ObjectNode(Function<T, B> from, Function<B, T> build) {
            this.from = from;
            this.build = build;
        }

        /** One member: compared, and applied by setting its new value on the builder. */
        private interface Member<T, B> {
            void diff(DocumentPath beforeAt, DocumentPath afterAt, T before, T after, List<Change> out);

            /** Sets the member's new value on {@code builder}; whether it differs from the old. */
            boolean apply(DocumentPath beforeAt, DocumentPath afterAt, T before, Changes changes, B builder);
        }

        /** A required member. */
        <V> ObjectNode<T, B> value(String name, Function<T, V> get, Node<V> node, BiConsumer<B, V> set) {
            members.add(new Member<>() {
                @Override
                public void diff(DocumentPath beforeAt, DocumentPath afterAt, T before, T after, List<Change> out) {
                    node.diff(beforeAt.field(name), afterAt.field(name), get.apply(before), get.apply(after), out);
                }

                @Override
                public boolean apply(
                        DocumentPath beforeAt, DocumentPath afterAt, T before, Changes changes, B builder) {
                    V old = get.apply(before);
                    V applied = node.apply(beforeAt.field(name), afterAt.field(name), old, changes);
                    set.accept(builder, applied);
                    return !untouched(applied, old);
                }
            });
            return this;
        }

        /** A required member compared as a whole. */
        <V> ObjectNode<T, B> value(String name, Function<T, V> get, BiConsumer<B, V> set) {
            return value(name, get, Node.whole(), set);
        }

        /** An optional member. */
        <V> ObjectNode<T, B> optional(
                String name, Function<T, Optional<V>> get, Node<V> node, BiConsumer<B, Optional<V>> set) {
            members.add(new Member<>() {
                @Override
                public void diff(DocumentPath beforeAt, DocumentPath afterAt, T before, T after, List<Change> out) {
                    Optional<V> b = get.apply(before);
                    Optional<V> a = get.apply(after);
                    if (b.isPresent() && a.isPresent()) {
                        node.diff(beforeAt.field(name), afterAt.field(name), b.get(), a.get(), out);
                    } else if (b.isPresent()) {
                        out.add(Change.removed(beforeAt.field(name), b.get()));
                    } else if (a.isPresent()) {
                        out.add(Change.added(afterAt.field(name), a.get()));
                    }
                }

                @Override
                public boolean apply(
                        DocumentPath beforeAt, DocumentPath afterAt, T before, Changes changes, B builder) {
                    Optional<V> old = get.apply(before);
                    Optional<V> applied;
                    boolean changed;
                    if (old.isEmpty()) {
                        applied = changes.added(afterAt.field(name));
                        changed = applied.isPresent();
                    } else if (changes.removes(beforeAt.field(name), old.get())) {
                        applied = Optional.empty();
                        changed = true;
                    } else {
                        changes.refuseAddedOver(afterAt.field(name), old.get());
                        V value = node.apply(beforeAt.field(name), afterAt.field(name), old.get(), changes);
                        changed = !untouched(value, old.get());
                        applied = changed ? Optional.of(value) : old;
                    }
                    set.accept(builder, applied);
                    return changed;
                }
            });
            return this;
        }

        /** An optional member compared as a whole. */
        <V> ObjectNode<T, B> optional(String name, Function<T, Optional<V>> get, BiConsumer<B, Optional<V>> set) {
            return optional(name, get, Node.whole(), set);
        }

        /** A list member (left out of the JSON when empty) compared by {@code node}. */
        <V> ObjectNode<T, B> list(
                String name, Function<T, List<V>> get, Node<List<V>> node, BiConsumer<B, List<V>> set) {
            return optional(
                    name,
                    t -> {
                        List<V> list = get.apply(t);
                        return list.isEmpty() ? Optional.empty() : Optional.of(list);
                    },
                    node,
                    (b, list) -> set.accept(b, list.orElse(List.of())));
        }

        /** A list member compared as a whole. */
        <V> ObjectNode<T, B> list(String name, Function<T, List<V>> get, BiConsumer<B, List<V>> set) {
            return list(name, get, Node.whole(), set);
        }

        /** A map member (left out of the JSON when empty) compared as a whole. */
        <K, V> ObjectNode<T, B> map(String name, Function<T, Map<K, V>> get, BiConsumer<B, Map<K, V>> set) {
            return optional(
                    name,
                    t -> {
                        Map<K, V> map = get.apply(t);
                        return map.isEmpty() ? Optional.empty() : Optional.of(map);
                    },
                    (b, map) -> set.accept(b, map.orElse(Map.of())));
        }

        @Override
        public void diff(DocumentPath beforeAt, DocumentPath afterAt, T before, T after, List<Change> out) {
            if (Objects.equals(before, after)) {
                return;
            }
            for (Member<T, B> member : members) {
                member.diff(beforeAt, afterAt, before, after, out);
            }
        }

        @Override
        public T apply(DocumentPath beforeAt, DocumentPath afterAt, T before, Changes changes) {
            B builder = from.apply(before);
            boolean changed = false;
            for (Member<T, B> member : members) {
                changed |= member.apply(beforeAt, afterAt, before, changes, builder);
            }
            if (!changed) {
                return before;
            }
            try {
                return build.apply(builder);
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new DiffMismatchException(afterAt, "the changes give no valid value: " + e.getMessage());
            }
        }
    }
}
