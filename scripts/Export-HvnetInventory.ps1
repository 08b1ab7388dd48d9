<#
.SYNOPSIS
    Writes this Hyper-V host's networking as one JSON document that `hvnet import` turns into a .hvnet file.

.DESCRIPTION
    Read-only: it only calls Get-* cmdlets of the modules Windows ships (Hyper-V, NetAdapter, NetTCPIP, NetNat) and
    changes nothing on the host; no module to install. Runs on Windows PowerShell 5.1 and PowerShell 7.
    The document's shape is docs/inventory.schema.json (schemaVersion 1); docs/import.md says what hvnet makes of it.
    Property names are the cmdlets' own (https://learn.microsoft.com/powershell/module/hyper-v/get-vmswitch,
    .../get-vmswitchteam, .../get-vmnetworkadapter, .../get-vmnetworkadaptervlan, .../module/netadapter/get-netadapter,
    .../get-netadapterbinding, .../module/nettcpip/get-netipaddress, .../get-netipinterface, .../get-netroute,
    .../module/netnat/get-netnat). Enumerations are written as [string]: the name of a .NET enumeration, so that 5.1
    and 7 write the same document; a CIM property without an enumeration type comes out as its number in a string,
    which hvnet accepts too, as it accepts the numbers ConvertTo-Json writes for a raw object.

.PARAMETER Path
    The file to write (UTF-8 without a byte order mark). Default: COMPUTERNAME.hvnet-inventory.json in the current
    directory.

.EXAMPLE
    .\Export-HvnetInventory.ps1 -Path HV01.json
    # then, anywhere: ./hvnet import HV01.json -o HV01.hvnet
#>
[CmdletBinding()]
param(
    [string] $Path = (Join-Path -Path (Get-Location) -ChildPath "$env:COMPUTERNAME.hvnet-inventory.json")
)

$ErrorActionPreference = 'Stop'
# No Set-StrictMode: a property an older Hyper-V or NetAdapter module lacks must read as $null, not end the script.

# A cmdlet whose module is absent (no NetNat on a client, no Hyper-V role yet) gives an empty list and a warning.
function Get-OrEmpty([scriptblock] $Query, [string] $What) {
    try {
        return @(& $Query)
    } catch {
        Write-Warning "hvnet inventory: $What not collected: $($_.Exception.Message)"
        return @()
    }
}

function Get-EnumName($Value) {
    if ($null -eq $Value) { return $null }
    return [string]$Value
}

$switches = Get-OrEmpty { Get-VMSwitch } 'Get-VMSwitch'
$vmSwitches = @(foreach ($s in $switches) {
        $extensions = Get-OrEmpty { Get-VMSwitchExtension -VMSwitchName $s.Name | Where-Object { $_.Enabled } } `
            "Get-VMSwitchExtension $($s.Name)"
        [ordered]@{
            Name                            = $s.Name
            Id                              = [string]$s.Id
            SwitchType                      = Get-EnumName $s.SwitchType
            AllowManagementOS               = [bool]$s.AllowManagementOS
            EmbeddedTeamingEnabled          = [bool]$s.EmbeddedTeamingEnabled
            NetAdapterInterfaceDescriptions = @($s.NetAdapterInterfaceDescriptions | Where-Object { $_ })
            IovEnabled                      = [bool]$s.IovEnabled
            BandwidthReservationMode        = Get-EnumName $s.BandwidthReservationMode
            EnabledExtensions               = @($extensions | ForEach-Object { $_.Name })
        }
    })

$vmSwitchTeams = @(foreach ($t in (Get-OrEmpty { Get-VMSwitchTeam } 'Get-VMSwitchTeam')) {
        [ordered]@{
            Name                           = $t.Name
            NetAdapterInterfaceDescription = @($t.NetAdapterInterfaceDescription)
            TeamingMode                    = Get-EnumName $t.TeamingMode
            LoadBalancingAlgorithm         = Get-EnumName $t.LoadBalancingAlgorithm
        }
    })

$vmNetworkAdapters = @(foreach ($a in (Get-OrEmpty { Get-VMNetworkAdapter -All } 'Get-VMNetworkAdapter -All')) {
        $vlan = Get-VMNetworkAdapterVlan -VMNetworkAdapter $a
        $bandwidth = $a.BandwidthSetting
        [ordered]@{
            Name                     = $a.Name
            VMName                   = $a.VMName
            IsManagementOs           = [bool]$a.IsManagementOs
            IsLegacy                 = [bool]$a.IsLegacy
            SwitchName               = $a.SwitchName
            MacAddress               = $a.MacAddress
            DynamicMacAddressEnabled = [bool]$a.DynamicMacAddressEnabled
            MacAddressSpoofing       = Get-EnumName $a.MacAddressSpoofing
            DhcpGuard                = Get-EnumName $a.DhcpGuard
            RouterGuard              = Get-EnumName $a.RouterGuard
            IovWeight                = [int]$a.IovWeight
            IPAddresses              = @($a.IPAddresses)
            BandwidthSetting         = if ($bandwidth) {
                [ordered]@{
                    MinimumBandwidthAbsolute = [long]$bandwidth.MinimumBandwidthAbsolute
                    MinimumBandwidthWeight   = [long]$bandwidth.MinimumBandwidthWeight
                    MaximumBandwidth         = [long]$bandwidth.MaximumBandwidth
                }
            } else { $null }
            Vlan                     = [ordered]@{
                OperationMode             = Get-EnumName $vlan.OperationMode
                AccessVlanId              = [int]$vlan.AccessVlanId
                NativeVlanId              = [int]$vlan.NativeVlanId
                AllowedVlanIdListString   = [string]$vlan.AllowedVlanIdListString
                PrivateVlanMode           = Get-EnumName $vlan.PrivateVlanMode
                PrimaryVlanId             = [int]$vlan.PrimaryVlanId
                SecondaryVlanIdListString = [string]$vlan.SecondaryVlanIdListString
            }
        }
    })

$netAdapters = @(foreach ($n in (Get-OrEmpty { Get-NetAdapter } 'Get-NetAdapter')) {
        [ordered]@{
            Name                 = $n.Name
            InterfaceDescription = $n.InterfaceDescription
            InterfaceIndex       = [int]$n.InterfaceIndex
            MacAddress           = $n.MacAddress
            LinkSpeed            = $n.LinkSpeed
            ReceiveLinkSpeed     = [long]$n.ReceiveLinkSpeed
            Status               = [string]$n.Status
            HardwareInterface    = [bool]$n.HardwareInterface
            Virtual              = [bool]$n.Virtual
            VlanID               = [int]$n.VlanID
        }
    })

$netAdapterBindings = @(foreach ($b in (Get-OrEmpty { Get-NetAdapterBinding } 'Get-NetAdapterBinding')) {
        [ordered]@{ Name = $b.Name; ComponentID = $b.ComponentID; DisplayName = $b.DisplayName; Enabled = [bool]$b.Enabled }
    })

$netIPAddresses = @(foreach ($i in (Get-OrEmpty { Get-NetIPAddress } 'Get-NetIPAddress')) {
        [ordered]@{
            InterfaceAlias = $i.InterfaceAlias
            InterfaceIndex = [int]$i.InterfaceIndex
            AddressFamily  = Get-EnumName $i.AddressFamily
            IPAddress      = $i.IPAddress
            PrefixLength   = [int]$i.PrefixLength
            PrefixOrigin   = Get-EnumName $i.PrefixOrigin
        }
    })

$netIPInterfaces = @(foreach ($i in (Get-OrEmpty { Get-NetIPInterface } 'Get-NetIPInterface')) {
        [ordered]@{
            InterfaceAlias  = $i.InterfaceAlias
            InterfaceIndex  = [int]$i.InterfaceIndex
            AddressFamily   = Get-EnumName $i.AddressFamily
            InterfaceMetric = [int]$i.InterfaceMetric
            AutomaticMetric = Get-EnumName $i.AutomaticMetric
            Dhcp            = Get-EnumName $i.Dhcp
            Forwarding      = Get-EnumName $i.Forwarding
        }
    })

$netRoutes = @(foreach ($r in (Get-OrEmpty { Get-NetRoute } 'Get-NetRoute')) {
        [ordered]@{
            InterfaceAlias    = $r.InterfaceAlias
            InterfaceIndex    = [int]$r.InterfaceIndex
            AddressFamily     = Get-EnumName $r.AddressFamily
            DestinationPrefix = $r.DestinationPrefix
            NextHop           = $r.NextHop
            RouteMetric       = [int]$r.RouteMetric
        }
    })

$netNats = @(foreach ($n in (Get-OrEmpty { Get-NetNat } 'Get-NetNat')) {
        [ordered]@{
            Name                             = $n.Name
            InternalIPInterfaceAddressPrefix = $n.InternalIPInterfaceAddressPrefix
            ExternalIPInterfaceAddressPrefix = $n.ExternalIPInterfaceAddressPrefix
            Active                           = [bool]$n.Active
        }
    })

$inventory = [ordered]@{
    schemaVersion      = 1
    computerName       = $env:COMPUTERNAME
    collectedAt        = (Get-Date).ToUniversalTime().ToString('o')
    powerShellVersion  = $PSVersionTable.PSVersion.ToString()
    osVersion          = [Environment]::OSVersion.Version.ToString()
    vmSwitches         = $vmSwitches
    vmSwitchTeams      = $vmSwitchTeams
    vmNetworkAdapters  = $vmNetworkAdapters
    netAdapters        = $netAdapters
    netAdapterBindings = $netAdapterBindings
    netIPAddresses     = $netIPAddresses
    netIPInterfaces    = $netIPInterfaces
    netRoutes          = $netRoutes
    netNats            = $netNats
}

# -InputObject keeps one-element lists as lists (the pipeline would unwrap them on 5.1)
$json = ConvertTo-Json -InputObject $inventory -Depth 8
[IO.File]::WriteAllText($Path, $json, (New-Object System.Text.UTF8Encoding($false)))
Write-Host "hvnet inventory of $env:COMPUTERNAME written to $Path"
