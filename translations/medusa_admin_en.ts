<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message>
        <source>The server answered with status %1.</source>
        <translation>The server answered with status %1.</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached (%2).</source>
        <translation>The server at %1 cannot be reached (%2).</translation>
    </message>
</context>
<context>
    <name>ApiKeysPage</name>
    <message>
        <source>Publishable API keys</source>
        <translation>Publishable API keys</translation>
    </message>
    <message>
        <source>Storefronts send a publishable key with every request.</source>
        <translation>Storefronts send a publishable key with every request.</translation>
    </message>
    <message>
        <source>Key title, e.g. Webshop</source>
        <translation>Key title, e.g. Webshop</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Create key</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Sales channels of this key</source>
        <translation>Sales channels of this key</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>No sales channel</source>
        <translation>No sales channel</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Channels…</source>
        <translation>Channels…</translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot;? Storefronts using it stop working.</source>
        <translation>Revoke "%1"? Storefronts using it stop working.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>Sales channels</source>
        <translation>Sales channels</translation>
    </message>
    <message>
        <source>Publishable API keys</source>
        <translation>Publishable API keys</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Server log</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>You have unsaved changes. Discard them?</source>
        <translation>You have unsaved changes. Discard them?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Categories organise products in the storefront&apos;s navigation.</source>
        <translation>Categories organise products in the storefront's navigation.</translation>
    </message>
    <message>
        <source>New category name</source>
        <translation>New category name</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Top level</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the category &quot;%1&quot;?</source>
        <translation>Delete the category "%1"?</translation>
    </message>
</context>
<context>
    <name>CollectionsPage</name>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Collections group products for campaigns and landing pages.</source>
        <translation>Collections group products for campaigns and landing pages.</translation>
    </message>
    <message>
        <source>New collection title</source>
        <translation>New collection title</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the collection &quot;%1&quot;?</source>
        <translation>Delete the collection "%1"?</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect to a store</source>
        <translation>Connect to a store</translation>
    </message>
    <message>
        <source>Local store on this computer</source>
        <translation>Local store on this computer</translation>
    </message>
    <message>
        <source>A private database is created in %1. Choose the owner account.</source>
        <translation>A private database is created in %1. Choose the owner account.</translation>
    </message>
    <message>
        <source>Starts the bundled server on this computer.</source>
        <translation>Starts the bundled server on this computer.</translation>
    </message>
    <message>
        <source>Owner e-mail</source>
        <translation>Owner e-mail</translation>
    </message>
    <message>
        <source>Owner password</source>
        <translation>Owner password</translation>
    </message>
    <message>
        <source>Load the demo catalog</source>
        <translation>Load the demo catalog</translation>
    </message>
    <message>
        <source>Create local store</source>
        <translation>Create local store</translation>
    </message>
    <message>
        <source>Open local store</source>
        <translation>Open local store</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>The password needs at least 8 characters.</translation>
    </message>
    <message>
        <source>Remote server</source>
        <translation>Remote server</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>My store</source>
        <translation>My store</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server URL</translation>
    </message>
    <message>
        <source>Add and connect</source>
        <translation>Add and connect</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>No customers yet</translation>
    </message>
    <message>
        <source>Customers appear here when they register or check out in a storefront.</source>
        <translation>Customers appear here when they register or check out in a storefront.</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Preparing your local store</source>
        <translation>Preparing your local store</translation>
    </message>
    <message>
        <source>Hide server log</source>
        <translation>Hide server log</translation>
    </message>
    <message>
        <source>Show server log</source>
        <translation>Show server log</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <source>Inventory</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <source>Inventory items are created with product variants that manage inventory.</source>
        <translation>Inventory items are created with product variants that manage inventory.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
</context>
<context>
    <name>LoadingIndicator</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 — Medusa Admin</source>
        <translation>%1 — Medusa Admin</translation>
    </message>
    <message>
        <source>Medusa Admin</source>
        <translation>Medusa Admin</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>No orders yet</translation>
    </message>
    <message>
        <source>Orders appear here once customers check out in a storefront.</source>
        <translation>Orders appear here once customers check out in a storefront.</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>ProductEditPage</name>
    <message>
        <source>You have unsaved changes. Discard them?</source>
        <translation>You have unsaved changes. Discard them?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? This cannot be undone.</source>
        <translation>Delete "%1"? This cannot be undone.</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Made from the title when empty</source>
        <translation>Made from the title when empty</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Draft (not visible in the store)</source>
        <translation>Draft (not visible in the store)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>Title is required.</source>
        <translation>Title is required.</translation>
    </message>
    <message>
        <source>Every option needs a title.</source>
        <translation>Every option needs a title.</translation>
    </message>
    <message>
        <source>Option &quot;%1&quot; needs at least one value.</source>
        <translation>Option "%1" needs at least one value.</translation>
    </message>
    <message>
        <source>Every variant needs a title.</source>
        <translation>Every variant needs a title.</translation>
    </message>
    <message>
        <source>Variant &quot;%1&quot; needs a value for option &quot;%2&quot;.</source>
        <translation>Variant "%1" needs a value for option "%2".</translation>
    </message>
    <message>
        <source>Variant &quot;%1&quot;: &quot;%2&quot; is not a valid %3 price.</source>
        <translation>Variant "%1": "%2" is not a valid %3 price.</translation>
    </message>
</context>
<context>
    <name>ProductRelationsSection</name>
    <message>
        <source>Sales channels</source>
        <translation>Sales channels</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>No collection</source>
        <translation>No collection</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>https://… image URL</source>
        <translation>https://… image URL</translation>
    </message>
    <message>
        <source>Add image</source>
        <translation>Add image</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Add metadata</source>
        <translation>Add metadata</translation>
    </message>
</context>
<context>
    <name>ProductVariantsSection</name>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Option, e.g. Size</source>
        <translation>Option, e.g. Size</translation>
    </message>
    <message>
        <source>Values, separated by commas</source>
        <translation>Values, separated by commas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>New option, e.g. Size</source>
        <translation>New option, e.g. Size</translation>
    </message>
    <message>
        <source>S, M, L</source>
        <translation>S, M, L</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Add option</translation>
    </message>
    <message>
        <source>Variants and prices</source>
        <translation>Variants and prices</translation>
    </message>
    <message>
        <source>Create variants from options</source>
        <translation>Create variants from options</translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation>Add variant</translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation>Variant %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Price %1</source>
        <translation>Price %1</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>No matching products</source>
        <translation>No matching products</translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>No products yet</translation>
    </message>
    <message>
        <source>Create a product with Ctrl+N, or change the filters.</source>
        <translation>Create a product with Ctrl+N, or change the filters.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>All collections</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s)</source>
        <translation><numerusform>%n variant</numerusform><numerusform>%n variants</numerusform></translation>
    </message>
</context>
<context>
    <name>RegionsPage</name>
    <message>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>A region sets the currency and the countries you sell to.</source>
        <translation>A region sets the currency and the countries you sell to.</translation>
    </message>
    <message>
        <source>Region name</source>
        <translation>Region name</translation>
    </message>
    <message>
        <source>Currency (eur)</source>
        <translation>Currency (eur)</translation>
    </message>
    <message>
        <source>Countries (de, fr)</source>
        <translation>Countries (de, fr)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the region &quot;%1&quot;?</source>
        <translation>Delete the region "%1"?</translation>
    </message>
</context>
<context>
    <name>ResourceListPage</name>
    <message>
        <source>Nothing here yet</source>
        <translation>Nothing here yet</translation>
    </message>
</context>
<context>
    <name>SalesChannelsPage</name>
    <message>
        <source>Sales channels</source>
        <translation>Sales channels</translation>
    </message>
    <message>
        <source>Sales channels decide where products are sold.</source>
        <translation>Sales channels decide where products are sold.</translation>
    </message>
    <message>
        <source>New channel name</source>
        <translation>New channel name</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the sales channel &quot;%1&quot;?</source>
        <translation>Delete the sales channel "%1"?</translation>
    </message>
</context>
<context>
    <name>ServerLogPage</name>
    <message>
        <source>Server log</source>
        <translation>Server log</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>Sign out and forget this computer</source>
        <translation>Sign out and forget this computer</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Remember me on this computer</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>Invitation sent to %1.</translation>
    </message>
    <message>
        <source>E-mail to invite</source>
        <translation>E-mail to invite</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Invite</translation>
    </message>
</context>
<context>
    <name>medusa::admin::AuthSession</name>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Your session has expired. Please sign in again.</translation>
    </message>
</context>
<context>
    <name>medusa::admin::LocalServer</name>
    <message>
        <source>The local server stopped unexpectedly (exit code %1). Open the server log for details.</source>
        <translation>The local server stopped unexpectedly (exit code %1). Open the server log for details.</translation>
    </message>
    <message>
        <source>The bundled medusa-server was not found next to the application or on the PATH.</source>
        <translation>The bundled medusa-server was not found next to the application or on the PATH.</translation>
    </message>
    <message>
        <source>Creating the database and applying migrations</source>
        <translation>Creating the database and applying migrations</translation>
    </message>
    <message>
        <source>Loading the demo catalog</source>
        <translation>Loading the demo catalog</translation>
    </message>
    <message>
        <source>Creating the owner account</source>
        <translation>Creating the owner account</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2). Open the server log for details.</source>
        <translation>%1 failed (exit code %2). Open the server log for details.</translation>
    </message>
    <message>
        <source>Starting the server</source>
        <translation>Starting the server</translation>
    </message>
    <message>
        <source>The local server did not become ready in time.</source>
        <translation>The local server did not become ready in time.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
</context>
<context>
    <name>medusa::admin::ProductListModel</name>
    <message>
        <source>%1 in stock</source>
        <translation>%1 in stock</translation>
    </message>
    <message>
        <source>Not managed</source>
        <translation>Not managed</translation>
    </message>
</context>
<context>
    <name>medusa::admin::ProfileStore</name>
    <message>
        <source>Local store on this computer</source>
        <translation>Local store on this computer</translation>
    </message>
</context>
<context>
    <name>medusa::admin::RemoteListModel</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Not connected to a server.</translation>
    </message>
</context>
</TS>
