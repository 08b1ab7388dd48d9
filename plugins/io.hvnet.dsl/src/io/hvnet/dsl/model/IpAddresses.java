package io.hvnet.dsl.model;

import java.util.ArrayList;
import java.util.List;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.SubInterface;

/**
 * The addresses an interface is configured with: its first 'ip' and the ones after it ('ip 10.0.0.5/24,
 * 10.0.1.5/24': New-NetIPAddress once per address). Only addresses with a prefix length count: the others are
 * HVN031/HVN032 errors and configure nothing.
 */
public final class IpAddresses {

	private IpAddresses() {
	}

	public static List<Addresses> of(Adapter adapter) {
		return parsed(adapter.getAddress(), adapter.getMoreAddresses());
	}

	public static List<Addresses> of(SubInterface sub) {
		return parsed(sub.getAddress(), sub.getMoreAddresses());
	}

	private static List<Addresses> parsed(String first, List<String> more) {
		List<Addresses> result = new ArrayList<>();
		add(result, first);
		more.forEach(text -> add(result, text));
		return result;
	}

	private static void add(List<Addresses> into, String text) {
		Addresses a = Addresses.parse(text);
		if (a != null && a.prefixLength() >= 0) {
			into.add(a);
		}
	}
}
