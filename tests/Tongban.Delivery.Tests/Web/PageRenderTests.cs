using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.JSInterop;
using MudBlazor.Services;
using Tongban.Delivery.Demo;
using Tongban.Delivery.Pages;
using Tongban.Delivery.Tests.Data;
using Tongban.Kernel.Modules;

namespace Tongban.Delivery.Tests.Web;

/// <summary>
/// Every delivery page renders over the demo data in both UI languages (static server rendering, the same components
/// and services the app uses), showing display names and no enum codes.
/// </summary>
public sealed class PageRenderTests
{
    private static async Task<string> RenderAsync<TPage>(DeliveryWorld world, string culture, IDictionary<string, object?>? parameters = null)
        where TPage : IComponent
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            await using var scope = world.AsSystem();
            var services = new ServiceCollection();
            services.AddMudServices();
            services.AddLogging();
            services.AddSingleton<IJSRuntime, NoJs>();
            services.AddSingleton<NavigationManager, TestNavigation>();
            foreach (var type in new[] { typeof(Orders.OrderService), typeof(Cycles.CycleReport), typeof(Backlog.BacklogReport), typeof(Segments.DisclosureReport), typeof(DeliveryAccess), typeof(TimeProvider) })
            {
                services.AddSingleton(type, scope.ServiceProvider.GetRequiredService(type));
            }

            await using var provider = services.BuildServiceProvider();
            await using var renderer = new HtmlRenderer(provider, NullLoggerFactory.Instance);
            return await renderer.Dispatcher.InvokeAsync(async () =>
            {
                var output = await renderer.RenderComponentAsync<TPage>(ParameterView.FromDictionary(parameters ?? new Dictionary<string, object?>()));
                return System.Net.WebUtility.HtmlDecode(output.ToHtmlString());
            });
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    private static async Task<DeliveryWorld> DemoAsync()
    {
        var world = await DeliveryWorld.CreateAsync("sqlite");
        await using var scope = world.AsSystem();
        await DeliveryDemo.SeedAsync(scope.ServiceProvider, new DemoContext(7, new Dictionary<string, Guid>()), default);
        return world;
    }

    [Theory]
    [InlineData("zh-CN", "在手订单", "智能物流")]
    [InlineData("en", "Orders in hand", "Intelligent logistics")]
    public async Task The_orders_page_lists_the_demo_orders_with_display_names(string culture, string title, string area)
    {
        await using var world = await DemoAsync();

        var html = await RenderAsync<OrdersPage>(world, culture);

        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains(area, html, StringComparison.Ordinal);
        Assert.Contains("KJ20", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Logistics<", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "延期与滞后项目", "9-12 月")]
    [InlineData("en", "Late and slipping projects", "9-12 months")]
    public async Task The_cycles_page_shows_the_late_list_the_band_and_the_forecast_method(string culture, string late, string band)
    {
        await using var world = await DemoAsync();

        var html = await RenderAsync<CyclesPage>(world, culture);

        Assert.Contains(late, html, StringComparison.Ordinal);
        Assert.Contains(band, html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"forecast-method\"", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "按计划终验季度")]
    [InlineData("en", "By quarter of planned acceptance")]
    public async Task The_backlog_page_shows_quarters_domestic_and_overseas(string culture, string heading)
    {
        await using var world = await DemoAsync();

        var html = await RenderAsync<BacklogPage>(world, culture);

        Assert.Contains(heading, html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"backlog-chart\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "关联交易", "股东关联企业")]
    [InlineData("en", "Related-party transactions", "Shareholder's affiliate")]
    public async Task The_disclosure_page_shows_segments_concentration_and_the_related_party(string culture, string heading, string relationship)
    {
        await using var world = await DemoAsync();

        var html = await RenderAsync<DisclosurePage>(world, culture);

        Assert.Contains(heading, html, StringComparison.Ordinal);
        Assert.Contains(relationship, html, StringComparison.Ordinal);
        Assert.Contains("11.14%", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"segments-area\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_order_page_the_new_order_form_and_the_customers_page_render()
    {
        await using var world = await DemoAsync();
        Guid id;
        await using (var scope = world.AsSystem())
        {
            id = (await scope.ServiceProvider.GetRequiredService<Orders.OrderService>().ListAsync(new Orders.OrderFilter(Status: Orders.OrderStatus.Accepted))).First().Id;
        }

        var order = await RenderAsync<OrderPage>(world, "zh-CN", new Dictionary<string, object?> { ["Id"] = id });
        var form = await RenderAsync<NewOrderPage>(world, "en");
        var customers = await RenderAsync<CustomersPage>(world, "zh-CN");

        Assert.Contains("终验", order, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"order-receivable\"", order, StringComparison.Ordinal);
        Assert.Contains("Spread milestones in the usual proportions", form, StringComparison.Ordinal);
        Assert.Contains("股东关联企业", customers, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"customer-related\"", customers, StringComparison.Ordinal);
    }

    private sealed class NoJs : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => ValueTask.FromResult(default(TValue)!);

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => ValueTask.FromResult(default(TValue)!);
    }

    private sealed class TestNavigation : NavigationManager
    {
        public TestNavigation() => Initialize("http://localhost/", "http://localhost/delivery");
    }
}
