/** The calendar feature as the app uses it: the feed route. */
export { registerCalendarRoutes } from './calendar.routes';
