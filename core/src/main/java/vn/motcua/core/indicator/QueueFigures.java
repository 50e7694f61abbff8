package vn.motcua.core.indicator;

import java.util.Optional;

/**
 * The queue's operational figures of a center (or several summed) over a period, beside the indicators and not scored:
 * tickets taken, served, no-shows; the waits of the tickets that ended (served or no-show) and the service times of
 * the served, in seconds. Read from {@code indicator_queue_day}/{@code indicator_queue_month} (QueueTallies).
 */
public record QueueFigures(long tickets, long served, long noShows, long waited, long waitSeconds, long serviceTimed,
                           long serviceSeconds) {
    public static final QueueFigures NONE = new QueueFigures(0, 0, 0, 0, 0, 0, 0);

    public QueueFigures plus(QueueFigures o) {
        return new QueueFigures(tickets + o.tickets, served + o.served, noShows + o.noShows, waited + o.waited,
                waitSeconds + o.waitSeconds, serviceTimed + o.serviceTimed, serviceSeconds + o.serviceSeconds);
    }

    /** Average wait from taking the ticket (or its booked time) to the call, in minutes: Σ wait ÷ tickets that ended. */
    public Optional<Double> averageWaitMinutes() {
        return waited == 0 ? Optional.empty() : Optional.of(waitSeconds / 60.0 / waited);
    }

    /** Average time at the counter of the served tickets, in minutes. */
    public Optional<Double> averageServiceMinutes() {
        return serviceTimed == 0 ? Optional.empty() : Optional.of(serviceSeconds / 60.0 / serviceTimed);
    }

    /** Share of the called tickets whose citizen did not come: no-shows ÷ (served + no-shows). */
    public Optional<Double> noShowShare() {
        long called = served + noShows;
        return called == 0 ? Optional.empty() : Optional.of((double) noShows / called);
    }
}
