package vn.motcua.core.counter;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a center's queue works: tickets are taken between {@code ticketFrom} and {@code ticketUntil}, numbered with
 * the field's prefix, from 1 again each day when {@code dailyReset}, at most {@code maxTicketsPerDay} a day (none:
 * no limit); the priority groups are served first; a call is announced with {@code announcement}, whose
 * {@value #NUMBER} and {@value #COUNTER} become the ticket and counter numbers, spoken when {@code voiceOn}.
 * {@code saved} is false while the center runs on the defaults.
 */
public record QueueSettings(@Nullable LocalTime ticketFrom, @Nullable LocalTime ticketUntil, boolean dailyReset,
                            @Nullable Integer maxTicketsPerDay, Set<PriorityGroup> priorityGroups, @Nullable String announcement,
                            boolean voiceOn, Map<String, String> prefixes, boolean saved) {
    public static final String NUMBER = "{so}";
    public static final String COUNTER = "{quay}";
    public static final String DEFAULT_ANNOUNCEMENT = "Mời công dân có số thứ tự {so} đến quầy số {quay}";
    public static final int ANNOUNCEMENT_MAX = 300;

    public QueueSettings {
        priorityGroups = priorityGroups == null ? Set.of() : Set.copyOf(priorityGroups);
        prefixes = prefixes == null ? Map.of() : Map.copyOf(prefixes);
    }

    /** The announcement of one call: "Mời công dân có số thứ tự A012 đến quầy số 3". */
    public String announce(String ticket, int counter) {
        return announcement.replace(NUMBER, ticket).replace(COUNTER, String.valueOf(counter));
    }

    /** The settings with these prefixes (the page edits them as a list). */
    public QueueSettings withPrefixes(List<FieldPrefix> list) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        list.forEach(p -> map.put(p.field(), p.prefix()));
        return new QueueSettings(ticketFrom, ticketUntil, dailyReset, maxTicketsPerDay, priorityGroups, announcement,
                voiceOn, map, saved);
    }
}
