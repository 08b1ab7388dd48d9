// The ns-3 side of hvnet's peer comparison: a chain of learning switches (bridge nodes), each with hosts on
// their own CSMA links, every host pinging host 0 a given number of times. Prints the wall time of the run and
// the number of echo replies seen, so the comparison script can check both simulators did the same work.
#include <chrono>
#include <cstdio>
#include <cstring> // ns-3.37 headers use memcmp without including it
#include <string>

#include "ns3/applications-module.h"
#include "ns3/bridge-module.h"
#include "ns3/core-module.h"
#include "ns3/csma-module.h"
#include "ns3/internet-apps-module.h"
#include "ns3/internet-module.h"
#include "ns3/network-module.h"

using namespace ns3;

static uint32_t g_replies = 0;

static void
CountReply(Time rtt)
{
    ++g_replies;
}

int
main(int argc, char* argv[])
{
    uint32_t switches = 4;
    uint32_t hostsPerSwitch = 6;
    uint32_t pings = 3;
    CommandLine cmd;
    cmd.AddValue("switches", "learning switches in a chain", switches);
    cmd.AddValue("hosts", "hosts per switch", hostsPerSwitch);
    cmd.AddValue("pings", "echo requests per host", pings);
    cmd.Parse(argc, argv);

    auto start = std::chrono::steady_clock::now();

    NodeContainer bridges;
    bridges.Create(switches);
    NodeContainer hosts;
    hosts.Create(switches * hostsPerSwitch);

    CsmaHelper link;
    link.SetChannelAttribute("DataRate", DataRateValue(DataRate("1Gbps")));
    link.SetChannelAttribute("Delay", TimeValue(MicroSeconds(1)));

    std::vector<NetDeviceContainer> bridgePorts(switches);
    NetDeviceContainer hostDevices;
    for (uint32_t s = 0; s < switches; ++s)
    {
        for (uint32_t h = 0; h < hostsPerSwitch; ++h)
        {
            Ptr<Node> host = hosts.Get(s * hostsPerSwitch + h);
            NetDeviceContainer pair = link.Install(NodeContainer(host, bridges.Get(s)));
            hostDevices.Add(pair.Get(0));
            bridgePorts[s].Add(pair.Get(1));
        }
        if (s > 0)
        {
            NetDeviceContainer uplink = link.Install(NodeContainer(bridges.Get(s - 1), bridges.Get(s)));
            bridgePorts[s - 1].Add(uplink.Get(0));
            bridgePorts[s].Add(uplink.Get(1));
        }
    }
    BridgeHelper bridge;
    for (uint32_t s = 0; s < switches; ++s)
    {
        bridge.Install(bridges.Get(s), bridgePorts[s]);
    }

    InternetStackHelper stack;
    stack.Install(hosts);
    Ipv4AddressHelper addresses;
    addresses.SetBase("10.0.0.0", "255.255.0.0");
    Ipv4InterfaceContainer interfaces = addresses.Assign(hostDevices);

    Ipv4Address target = interfaces.GetAddress(0);
    for (uint32_t i = 1; i < hosts.GetN(); ++i)
    {
        V4PingHelper ping(target);
        ping.SetAttribute("Interval", TimeValue(Seconds(1)));
        ApplicationContainer app = ping.Install(hosts.Get(i));
        app.Start(Seconds(1.0 + i * 1e-5)); // staggered: a thousand ARP requests in the same instant would collide
        app.Stop(Seconds(1.0 + pings - 0.5));
    }
    Config::ConnectWithoutContext("/NodeList/*/ApplicationList/*/$ns3::V4Ping/Rtt", MakeCallback(&CountReply));

    Simulator::Stop(Seconds(2.0 + pings));
    Simulator::Run();
    Simulator::Destroy();

    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("ns-3: %u switches, %u hosts, %u pings each: %u replies in %.3f s\n", switches,
                switches * hostsPerSwitch, pings, g_replies, seconds);
    return 0;
}
