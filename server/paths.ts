// Where the project lives is found in db/ (which needs it for its migrations and may not import server/);
// the server's code keeps its own name for it.
export { projectRoot } from '../db/paths';
