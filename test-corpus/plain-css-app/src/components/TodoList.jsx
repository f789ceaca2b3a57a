import "../index.css";

export function TodoList({ todos, selectedId, onSelect }) {
  return (
    <ul className="list">
      {todos.map((todo) => (
        <li
          key={todo.id}
          className="list__item"
          aria-selected={todo.id === selectedId}
          onClick={() => onSelect(todo.id)}
        >
          {todo.title}
        </li>
      ))}
    </ul>
  );
}

export function AddButton({ disabled, onClick }) {
  return (
    <button className="button" disabled={disabled} onClick={onClick}>
      Add
    </button>
  );
}
