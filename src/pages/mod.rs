//! One module per route.

mod actor;
mod actors;
mod claims;
mod event;
mod map;
mod network;
mod not_found;
mod source;
mod story;
mod timeline;

pub use actor::ActorPage;
pub use actors::ActorsPage;
pub use claims::ClaimsPage;
pub use event::EventPage;
pub use map::map_page;
pub use network::NetworkPage;
pub use not_found::NotFoundPage;
pub use source::SourcePage;
pub use story::StoryPage;
pub use timeline::TimelinePage;
