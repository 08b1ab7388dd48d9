package io.hvnet.sim;

/** A learnt address in a switch's MAC table: which port it was last seen on, in which VLAN (0 = untagged). */
public record MacEntry(String mac, String port, int vlan) {
}
