using System;
using System.Collections.Generic;
using System.Linq;

namespace GenesysCalls.Core.Auth
{
    /// <summary>A Genesys Cloud region: its API host and its login host (shared/genesys-api/regions.tsv).</summary>
    internal sealed class GenesysRegion
    {
        private GenesysRegion(string name, string apiHost, string loginHost)
        {
            Name = name;
            ApiHost = apiHost;
            LoginHost = loginHost;
        }

        public string Name { get; }

        public string ApiHost { get; }

        public string LoginHost { get; }

        /// <summary>The part after "api.", as people write it: mypurecloud.ie, usw2.pure.cloud.</summary>
        public string Domain => ApiHost.Substring("api.".Length);

        public static IReadOnlyList<GenesysRegion> All { get; } = new[]
        {
            new GenesysRegion("us-east-1", "api.mypurecloud.com", "login.mypurecloud.com"),
            new GenesysRegion("eu-west-1", "api.mypurecloud.ie", "login.mypurecloud.ie"),
            new GenesysRegion("ap-southeast-2", "api.mypurecloud.com.au", "login.mypurecloud.com.au"),
            new GenesysRegion("ap-northeast-1", "api.mypurecloud.jp", "login.mypurecloud.jp"),
            new GenesysRegion("eu-central-1", "api.mypurecloud.de", "login.mypurecloud.de"),
            new GenesysRegion("us-west-2", "api.usw2.pure.cloud", "login.usw2.pure.cloud"),
            new GenesysRegion("ca-central-1", "api.cac1.pure.cloud", "login.cac1.pure.cloud"),
            new GenesysRegion("ap-northeast-2", "api.apne2.pure.cloud", "login.apne2.pure.cloud"),
            new GenesysRegion("eu-west-2", "api.euw2.pure.cloud", "login.euw2.pure.cloud"),
            new GenesysRegion("ap-south-1", "api.aps1.pure.cloud", "login.aps1.pure.cloud"),
            new GenesysRegion("us-east-2", "api.use2.us-gov-pure.cloud", "login.use2.us-gov-pure.cloud"),
            new GenesysRegion("sa-east-1", "api.sae1.pure.cloud", "login.sae1.pure.cloud"),
            new GenesysRegion("me-central-1", "api.mec1.pure.cloud", "login.mec1.pure.cloud"),
            new GenesysRegion("ap-northeast-3", "api.apne3.pure.cloud", "login.apne3.pure.cloud"),
            new GenesysRegion("eu-central-2", "api.euc2.pure.cloud", "login.euc2.pure.cloud"),
            new GenesysRegion("mx-central-1", "api.mxc1.pure.cloud", "login.mxc1.pure.cloud"),
            new GenesysRegion("ap-southeast-1", "api.apse1.pure.cloud", "login.apse1.pure.cloud"),
            new GenesysRegion("eusc-de-east-1", "api.edee1.eusc-pure.cloud", "login.edee1.eusc-pure.cloud"),
        };

        /// <summary>Accepts us-east-1, us_east_1, mypurecloud.ie, api.mypurecloud.ie or login.mypurecloud.ie.</summary>
        public static GenesysRegion? Find(string text)
        {
            var value = text.Trim().TrimEnd('/').ToLowerInvariant().Replace('_', '-');
            if (value.StartsWith("https://", StringComparison.Ordinal)) value = value.Substring("https://".Length);
            return All.FirstOrDefault(r => r.Name == value || r.Domain == value || r.ApiHost == value || r.LoginHost == value);
        }

        public override string ToString() => Name;
    }
}
