/**
 * Printed slips of the one-stop shop (Thông tư 03/2025/TT-VPCP, Phụ lục I): form 01 receipt and appointment,
 * form 02 supplement guidance, form 03 refusal. {@link vn.motcua.core.slip.SlipRenderer} turns the plain input
 * records of this package into PDF bytes with an embedded Vietnamese font; nothing here touches the database.
 */
package vn.motcua.core.slip;
