/**
 * The center's electronic queue (hàng đợi): tickets taken at the kiosk or from an appointment, called, recalled,
 * skipped, transferred, served and finished at counters; the paired devices (ticket kiosk, display board, counter
 * tablet, look-up kiosk) that show its pages without a staff login; the citizen's rating at the counter tablet;
 * appointments; and the daily figures. Every table is a tenant table with forced RLS. A ticket is called by one
 * conditional UPDATE over a {@code FOR UPDATE SKIP LOCKED} pick, so no two counters ever take the same ticket.
 */
package vn.motcua.core.queue;
