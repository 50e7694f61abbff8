/**
 * The center's physical setup, as its director keeps it: counters (quầy) with the fields and procedures they serve
 * and who staffs them on which weekday, the equipment inventory (thiết bị), and the settings of the electronic queue
 * (hàng đợi: ticket hours, number prefixes, daily reset, daily limit, priority groups, the call announcement).
 * Every table is a tenant table; nothing is deleted (removal marks a row inactive). Changes need
 * {@code MANAGE_CENTER}, reading {@code READ_CENTER}; every change is audited.
 */
package vn.motcua.core.counter;
