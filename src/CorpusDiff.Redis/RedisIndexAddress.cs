using System.Globalization;
using StackExchange.Redis;

namespace CorpusDiff.Redis;

/// <summary>
/// Where a shared index lives: <c>redis://[user:password@]HOST:PORT[,HOST:PORT…][/NAME]</c>, or <c>rediss://</c> for TLS.
/// Several hosts name nodes of one Redis Cluster (or seeds of it); NAME (default <c>corpusdiff</c>) lets several
/// indexes share one Redis. A user name and password missing from the address are taken from the environment
/// variables <c>CORPUSDIFF_REDIS_USER</c> and <c>CORPUSDIFF_REDIS_PASSWORD</c>. <see cref="ToString"/> never shows the password.
/// </summary>
public sealed class RedisIndexAddress
{
    /// <summary>The environment variable read for the password when the address has none.</summary>
    public const string PasswordVariable = "CORPUSDIFF_REDIS_PASSWORD";

    /// <summary>The environment variable read for the user name when the address has none.</summary>
    public const string UserVariable = "CORPUSDIFF_REDIS_USER";

    /// <summary>The index name used when the address names none.</summary>
    public const string DefaultName = "corpusdiff";

    private readonly string? password;

    private RedisIndexAddress(IReadOnlyList<(string Host, int Port)> endpoints, string name, long? capacity, bool tls, string? user, string? password)
    {
        Endpoints = endpoints;
        Name = name;
        Capacity = capacity;
        Tls = tls;
        User = user;
        this.password = password;
    }

    /// <summary>Gets the nodes named, host and port.</summary>
    public IReadOnlyList<(string Host, int Port)> Endpoints { get; }

    /// <summary>Gets the index name: every key of the index starts with <c>cd:NAME:</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// Gets the number of documents the index is sized for (<c>?capacity=N</c>, with an optional k, M or G suffix), or
    /// <see langword="null"/> for <see cref="RedisDedupIndex.DefaultCapacity"/>. It sets how many bucket pages an index
    /// gets when it is created (an existing index keeps its own); see <see cref="RedisDedupIndex"/>.
    /// </summary>
    public long? Capacity { get; }

    /// <summary>Gets whether TLS is used (<c>rediss://</c>).</summary>
    public bool Tls { get; }

    /// <summary>Gets the user name, if any.</summary>
    public string? User { get; }

    /// <summary>Gets whether a password will be sent.</summary>
    public bool HasPassword => password is not null;

    /// <summary>Returns whether a string is meant as a Redis address (starts with <c>redis://</c> or <c>rediss://</c>).</summary>
    /// <param name="value">The string.</param>
    /// <returns><see langword="true"/> for a Redis address.</returns>
    public static bool IsRedisAddress(string? value) =>
        value is not null && (value.StartsWith("redis://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("rediss://", StringComparison.OrdinalIgnoreCase));

    /// <summary>Parses an address, taking missing credentials from the process environment.</summary>
    /// <param name="value">The address.</param>
    /// <returns>The parsed address.</returns>
    /// <exception cref="FormatException">The address is malformed; the message says where (never quoting the password).</exception>
    public static RedisIndexAddress Parse(string value) =>
        Parse(value, Environment.GetEnvironmentVariable(UserVariable), Environment.GetEnvironmentVariable(PasswordVariable));

    /// <summary>Parses an address with explicit fallback credentials.</summary>
    /// <param name="value">The address.</param>
    /// <param name="fallbackUser">The user name when the address has none.</param>
    /// <param name="fallbackPassword">The password when the address has none.</param>
    /// <returns>The parsed address.</returns>
    /// <exception cref="FormatException">The address is malformed.</exception>
    public static RedisIndexAddress Parse(string value, string? fallbackUser, string? fallbackPassword)
    {
        ArgumentNullException.ThrowIfNull(value);
        bool tls;
        string rest;
        if (value.StartsWith("rediss://", StringComparison.OrdinalIgnoreCase))
        {
            tls = true;
            rest = value["rediss://".Length..];
        }
        else if (value.StartsWith("redis://", StringComparison.OrdinalIgnoreCase))
        {
            tls = false;
            rest = value["redis://".Length..];
        }
        else
        {
            throw new FormatException("A Redis index address starts with redis:// or rediss://.");
        }

        string? user = null;
        string? password = null;
        var at = rest.LastIndexOf('@');
        if (at >= 0)
        {
            var userInfo = rest[..at];
            rest = rest[(at + 1)..];
            var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
            user = Uri.UnescapeDataString(colon < 0 ? userInfo : userInfo[..colon]);
            password = colon < 0 ? null : Uri.UnescapeDataString(userInfo[(colon + 1)..]);
            if (user.Length == 0)
            {
                user = null;
            }
        }

        long? capacity = null;
        var question = rest.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            capacity = ParseQuery(rest[(question + 1)..]);
            rest = rest[..question];
        }

        var name = DefaultName;
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            name = rest[(slash + 1)..].TrimEnd('/');
            rest = rest[..slash];
            if (name.Length == 0)
            {
                name = DefaultName;
            }
        }

        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
        {
            throw new FormatException($"The index name '{name}' may hold only letters, digits, '.', '_' and '-'.");
        }

        var endpoints = new List<(string, int)>();
        foreach (var part in rest.Split(',', StringSplitOptions.TrimEntries))
        {
            if (part.Length == 0)
            {
                throw new FormatException("An empty host in the Redis address.");
            }

            var colon = part.LastIndexOf(':');
            var host = colon < 0 ? part : part[..colon];
            var port = 6379;
            if (colon >= 0 && (!int.TryParse(part[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
            {
                throw new FormatException($"The port of '{host}' is not a number from 1 to 65535.");
            }

            if (host.Length == 0)
            {
                throw new FormatException("A host name is missing in the Redis address.");
            }

            endpoints.Add((host.Trim('[', ']'), port));
        }

        return new RedisIndexAddress(endpoints, name, capacity, tls, user ?? NonEmpty(fallbackUser), password ?? NonEmpty(fallbackPassword));
    }

    /// <summary>Gets the address without the password: <c>redis://[user@]hosts/NAME</c>.</summary>
    /// <returns>The address.</returns>
    public override string ToString() =>
        $"{(Tls ? "rediss" : "redis")}://{(User is null ? string.Empty : Uri.EscapeDataString(User) + "@")}{Hosts}/{Name}{(Capacity is { } c ? string.Create(CultureInfo.InvariantCulture, $"?capacity={c}") : string.Empty)}";

    /// <summary>Gets the hosts as <c>host:port,host:port</c>.</summary>
    public string Hosts => string.Join(',', Endpoints.Select(e => string.Create(CultureInfo.InvariantCulture, $"{(e.Host.Contains(':', StringComparison.Ordinal) ? $"[{e.Host}]" : e.Host)}:{e.Port}")));

    /// <summary>Builds the client configuration: fail fast (a few seconds) rather than wait for a lost server.</summary>
    /// <returns>The configuration.</returns>
    public ConfigurationOptions ToConfiguration()
    {
        var configuration = new ConfigurationOptions
        {
            User = User,
            Password = password,
            Ssl = Tls,
            AbortOnConnectFail = true,
            ConnectTimeout = 3000,
            ConnectRetry = 1,
            SyncTimeout = 10000,
            AsyncTimeout = 10000,
            KeepAlive = 5,
            BacklogPolicy = BacklogPolicy.FailFast,
            ClientName = "corpusdiff",
        };
        foreach (var (host, port) in Endpoints)
        {
            configuration.EndPoints.Add(host, port);
        }

        return configuration;
    }

    /// <summary>Removes the password from a message (a client's error text may quote its configuration).</summary>
    /// <param name="message">The message.</param>
    /// <returns>The message with the password replaced by <c>*****</c>.</returns>
    public string Redact(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return string.IsNullOrEmpty(password) ? message : message.Replace(password, "*****", StringComparison.Ordinal);
    }

    private static long? ParseQuery(string query)
    {
        long? capacity = null;
        foreach (var part in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var key = eq < 0 ? part : part[..eq];
            var value = eq < 0 ? string.Empty : part[(eq + 1)..];
            if (!key.Equals("capacity", StringComparison.OrdinalIgnoreCase))
            {
                throw new FormatException($"Unknown option '{key}' in the Redis address (known: capacity).");
            }

            var multiplier = value.Length == 0 ? 1 : char.ToUpperInvariant(value[^1]) switch
            {
                'K' => 1_000L,
                'M' => 1_000_000L,
                'G' => 1_000_000_000L,
                _ => 1L,
            };
            var digits = multiplier == 1 ? value : value[..^1];
            if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1 || count > long.MaxValue / multiplier / 64)
            {
                throw new FormatException($"capacity={value}: give a number of documents, such as 200000, 500k or 100M.");
            }

            capacity = count * multiplier;
        }

        return capacity;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
