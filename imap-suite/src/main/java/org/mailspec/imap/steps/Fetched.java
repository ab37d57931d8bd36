package org.mailspec.imap.steps;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.mailspec.imap.Received;
import org.mailspec.imap.response.FetchData;
import org.mailspec.imap.response.FetchItem;
import org.mailspec.imap.response.Flag;

/**
 * The FETCH data of one command by message sequence number: the union of core's {@link FetchData}
 * for each number (RFC 9051 7.5.2 lets a server split a message's items over several FETCH
 * responses), an item arriving again replacing the earlier one, as a client applies it.
 */
final class Fetched {

    private final TreeMap<Long, Map<String, FetchItem>> byMessage = new TreeMap<>();

    private Fetched() {
    }

    static Fetched of(List<Received> received) {
        Fetched f = new Fetched();
        for (Responses.Hit<FetchData> h : Responses.of(received, FetchData.class)) {
            Map<String, FetchItem> items = f.byMessage.computeIfAbsent(h.response().seq(), k -> new LinkedHashMap<>());
            h.response().items().forEach(i -> items.put(FetchItem.normalName(i.name()), i));
        }
        return f;
    }

    Set<Long> messages() {
        return byMessage.keySet();
    }

    /** The item of message n answering the name ({@link FetchItem#named}). */
    Optional<FetchItem> item(long n, String name) {
        return Optional.ofNullable(byMessage.getOrDefault(n, Map.of()).get(FetchItem.normalName(name)));
    }

    <T extends FetchItem> Optional<T> item(long n, Class<T> type) {
        return byMessage.getOrDefault(n, Map.of()).values().stream().filter(type::isInstance).map(type::cast)
                .reduce((a, b) -> b);
    }

    Optional<List<Flag>> flags(long n) {
        return item(n, FetchItem.Flags.class).map(FetchItem.Flags::flags);
    }

    Optional<Long> uid(long n) {
        return item(n, FetchItem.Uid.class).map(FetchItem.Uid::uid);
    }
}
