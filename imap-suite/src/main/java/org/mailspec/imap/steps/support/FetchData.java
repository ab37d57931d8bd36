package org.mailspec.imap.steps.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The FETCH data of one command, per message sequence number: the union of the items of
 * every untagged FETCH for that number (RFC 9051 7.5.2 lets a server split them), keyed by
 * the normalised item name ({@code BODY[HEADER.FIELDS (DATE SUBJECT)]<0>}). A later value
 * for the same item replaces the earlier one, as a client would apply it.
 */
public final class FetchData {

    private final TreeMap<Long, Map<String, Value>> byMessage = new TreeMap<>();
    private final List<List<Value>> responses = new ArrayList<>();

    /** Adds one untagged response; anything but FETCH is ignored. */
    public void add(List<Value> untagged) {
        if (!WireTokens.kind(untagged).equals("FETCH") || !(untagged.get(0) instanceof Value.Num n)
                || untagged.size() < 3 || !(untagged.get(2) instanceof Value.ListV list)) {
            return;
        }
        responses.add(untagged);
        Map<String, Value> items = byMessage.computeIfAbsent(n.value(), k -> new LinkedHashMap<>());
        List<Value> v = list.items();
        for (int i = 0; i + 1 < v.size(); i += 2) {
            String name = Value.text(v.get(i));
            if (name != null) {
                items.put(WireTokens.itemName(name), v.get(i + 1));
            }
        }
    }

    public java.util.Set<Long> messages() {
        return byMessage.keySet();
    }

    public Optional<Value> item(long message, String itemName) {
        Map<String, Value> items = byMessage.get(message);
        return items == null ? Optional.empty() : Optional.ofNullable(items.get(WireTokens.itemName(itemName)));
    }

    public Map<String, Value> items(long message) {
        return byMessage.getOrDefault(message, Map.of());
    }

    /** Every FETCH response, as tokens, in arrival order. */
    public List<List<Value>> responses() {
        return List.copyOf(responses);
    }

    /** The flags of a message as upper-cased atoms, or empty when no FLAGS item arrived. */
    public Optional<List<String>> flags(long message) {
        return item(message, "FLAGS").map(v -> v instanceof Value.ListV l
                ? l.items().stream().map(Value::text).filter(java.util.Objects::nonNull)
                        .map(t -> t.toUpperCase(java.util.Locale.ROOT)).toList()
                : List.of());
    }

    public Optional<Long> uid(long message) {
        return item(message, "UID").flatMap(v -> v instanceof Value.Num n ? Optional.of(n.value()) : Optional.empty());
    }
}
