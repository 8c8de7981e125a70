#!/usr/bin/env bash
# Proves the "NuGet reference from another project" use: packs CorpusDiff, checks the package's contents,
# then builds and runs a scratch console project outside the repository that references the package from a
# local folder feed and calls the public API.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
feed="$work/feed"

dotnet pack "$repo/src/CorpusDiff/CorpusDiff.csproj" -c Release -o "$feed" --nologo -v quiet
pkg="$(ls "$feed"/CorpusDiff.*.nupkg | grep -v snupkg | head -n 1)"
version="$(basename "$pkg" .nupkg | sed 's/^CorpusDiff\.//')"
[ -f "$feed/CorpusDiff.$version.snupkg" ] || { echo "consumer-check: no symbols package" >&2; exit 1; }
dotnet pack "$repo/src/CorpusDiff.Redis/CorpusDiff.Redis.csproj" -c Release -o "$work/redis-feed" --nologo -v quiet
redis_pkg="$work/redis-feed/CorpusDiff.Redis.$version.nupkg"
[ -f "$work/redis-feed/CorpusDiff.Redis.$version.snupkg" ] || { echo "consumer-check: no CorpusDiff.Redis symbols package" >&2; exit 1; }


mkdir -p "$work/consumer"
cd "$work/consumer"
cat > nuget.config <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
  </packageSources>
</configuration>
XML
cat > Consumer.csproj <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="CorpusDiff" Version="$version" />
  </ItemGroup>
</Project>
XML
cp "$repo/.ci/consumer/Program.cs" Program.cs
export NUGET_PACKAGES="$work/packages"
dotnet run -c Release --nologo -- "$pkg" | tee "$work/out.txt"
grep -q "consumer-check: ok" "$work/out.txt"
echo "consumer-check: CorpusDiff $version consumed from a local feed"

# The Redis package: its contents and dependencies (packed above, next to the core).
CONSUMER_REDIS_PACKAGE="$redis_pkg" dotnet run -c Release --no-build --nologo | tee "$work/redis-out.txt"
grep -q "CorpusDiff.Redis package ok" "$work/redis-out.txt"
